package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.catalog.CatalogAdmin;
import org.jspecify.annotations.Nullable;

/** One service a citizen can come for: its ticket letter, pictogram, names, target wait and documents to bring. */
class ServiceDialog extends Dialog {

    /** The service as the form holds it while it is edited. */
    static final class Draft {
        String code = "";
        String letter = "";
        @Nullable String pictogram;
        LocalizedText name = LocalizedFields.EMPTY;
        @Nullable Integer targetWait = 15;
        @Nullable Integer serviceMinutes = 10;
        @Nullable Integer order = 0;
        LocalizedText documents = LocalizedFields.EMPTY;
        boolean active = true;

        static Draft of(CatalogAdmin.ServiceRow row) {
            Draft draft = new Draft();
            draft.code = row.code();
            draft.letter = row.letter();
            draft.pictogram = row.pictogram();
            draft.name = row.name();
            draft.targetWait = row.targetWaitMinutes();
            draft.serviceMinutes = row.serviceMinutes();
            draft.order = row.displayOrder();
            draft.documents = row.documents();
            draft.active = row.active();
            return draft;
        }

        CatalogAdmin.ServiceForm form(CatalogAdmin.@Nullable ServiceRow row) {
            return new CatalogAdmin.ServiceForm(row == null ? null : row.id(), row == null ? 0 : row.version(), code.strip(),
                    letter.strip().toUpperCase(Locale.ROOT), pictogram == null ? "" : pictogram, name,
                    targetWait == null ? 0 : targetWait, serviceMinutes == null ? 0 : serviceMinutes, documents,
                    order == null ? 0 : order, active);
        }
    }

    ServiceDialog(CatalogAdmin admin, CatalogAdmin.@Nullable ServiceRow row, LongConsumer saved) {
        addClassName("service-dialog");
        setHeaderTitle(getTranslation(row == null ? "admin.service.new" : "admin.service.edit"));
        setWidth("min(60rem, 95vw)");
        TextField code = new TextField(getTranslation("admin.code"));
        code.setHelperText(getTranslation("admin.code.help"));
        code.addClassName("service-code");
        TextField letter = FormChecks.limited(new TextField(getTranslation("admin.service.letter")), 1, "admin.error.letter");
        letter.addClassName("service-letter");
        Select<String> pictogram = new Select<>();
        pictogram.setLabel(getTranslation("admin.service.pictogram"));
        pictogram.setItems(Pictograms.keys());
        pictogram.setRenderer(new ComponentRenderer<>(key -> {
            HorizontalLayout line = new HorizontalLayout(Pictograms.of(key), new Span(key));
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            return line;
        }));
        pictogram.addClassName("service-pictogram");
        IntegerField target = FormChecks.numeric(new IntegerField(getTranslation("admin.service.targetWait")), "admin.error.minutes");
        IntegerField minutes = FormChecks.numeric(new IntegerField(getTranslation("admin.service.minutes")), "admin.error.minutes");
        IntegerField order = FormChecks.numeric(new IntegerField(getTranslation("admin.service.order")), "admin.error.number");
        Checkbox active = new Checkbox(getTranslation("admin.active"));
        LocalizedFields name = new LocalizedFields("admin.name", false);
        LocalizedFields documents = new LocalizedFields("admin.service.documents", true);

        Binder<Draft> binder = new Binder<>();
        binder.forField(code).withValidator(FormChecks.code()).bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(letter)
                .withValidator(v -> v.strip().toUpperCase(Locale.ROOT).matches("[A-Z]"), FormChecks.message("admin.error.letter"))
                .bind(d -> d.letter, (d, v) -> d.letter = v);
        binder.forField(pictogram).asRequired(FormChecks.message("admin.error.required")).bind(d -> d.pictogram, (d, v) -> d.pictogram = v);
        binder.forField(target).withValidator(FormChecks.between(1, 600, "admin.error.minutes"))
                .bind(d -> d.targetWait, (d, v) -> d.targetWait = v);
        binder.forField(minutes).withValidator(FormChecks.between(1, 600, "admin.error.minutes"))
                .bind(d -> d.serviceMinutes, (d, v) -> d.serviceMinutes = v);
        binder.forField(order).bind(d -> d.order, (d, v) -> d.order = v);
        binder.forField(active).bind(d -> d.active, (d, v) -> d.active = v);
        binder.forField(name).withValidator(FormChecks.complete(200)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(documents).withValidator(FormChecks.eachAtMost(1000)).bind(d -> d.documents, (d, v) -> d.documents = v);
        Draft draft = row == null ? new Draft() : Draft.of(row);
        binder.readBean(draft);

        Map<String, HasValidation> fields = Map.of("code", code, "letter", letter, "pictogram", pictogram, "name", name,
                "targetWait", target, "serviceMinutes", minutes, "documents", documents);
        Set<String> pictograms = Set.copyOf(Pictograms.keys());
        Problems.saveAndCancel(this, binder, draft, fields, d -> admin.saveService(d.form(row), pictograms), saved);
        add(new FormLayout(code, letter, pictogram, target, minutes, order, active), name, documents);
    }
}
