package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.catalog.Province;
import org.jspecify.annotations.Nullable;

/** One center: its identity, and (once it exists) its counters and the services each serves. */
class CenterDialog extends Dialog {

    /** The center as the form holds it while it is edited. */
    static final class Draft {
        String code = "";
        @Nullable String kind;
        @Nullable Province province;
        LocalizedText name = LocalizedFields.EMPTY;
        String timeZone = "";
        boolean active = true;

        CatalogAdmin.CenterForm form(CatalogAdmin.@Nullable CenterRow row) {
            return new CatalogAdmin.CenterForm(row == null ? null : row.id(), row == null ? 0 : row.version(), code.strip(),
                    kind == null ? "" : kind, province == null ? 0 : province.id(), name, timeZone.strip(), active);
        }
    }

    /**
     * @param defaultZone the time zone a new center starts with (the one the other centers keep)
     */
    CenterDialog(CatalogAdmin admin, Catalog catalog, CatalogAdmin.@Nullable CenterRow row, String defaultZone, LongConsumer changed) {
        addClassName("center-dialog");
        setHeaderTitle(getTranslation(row == null ? "admin.center.new" : "admin.center.edit"));
        setWidth("min(60rem, 95vw)");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        TextField code = new TextField(getTranslation("admin.code"));
        code.setHelperText(getTranslation("admin.code.help"));
        code.addClassName("center-code");
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("admin.center.kind"));
        kind.setItems(CatalogAdmin.CENTER_KINDS.stream().sorted().toList());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("hsds.kind." + k));
        kind.addClassName("center-kind");
        ComboBox<Province> province = new ComboBox<>(getTranslation("intake.province"));
        List<Province> provinces = catalog.provinces();
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.addClassName("center-province");
        LocalizedFields name = new LocalizedFields("admin.name", false);
        TextField zone = new TextField(getTranslation("admin.center.timeZone"));
        Checkbox active = new Checkbox(getTranslation("admin.active"));

        Binder<Draft> binder = new Binder<>();
        binder.forField(code).withValidator(FormChecks.code()).bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(kind).asRequired(FormChecks.message("admin.error.required")).bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(province).asRequired(FormChecks.message("admin.error.required")).bind(d -> d.province, (d, v) -> d.province = v);
        binder.forField(name).withValidator(FormChecks.complete(200)).bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(zone).withValidator(CenterDialog::isZone, FormChecks.message("admin.error.timeZone"))
                .bind(d -> d.timeZone, (d, v) -> d.timeZone = v);
        binder.forField(active).bind(d -> d.active, (d, v) -> d.active = v);
        Draft draft = new Draft();
        draft.timeZone = defaultZone;
        if (row != null) {
            draft.code = row.code();
            draft.kind = row.kind();
            draft.province = provinces.stream().filter(p -> p.id() == row.provinceId()).findFirst().orElse(null);
            draft.name = row.name();
            draft.timeZone = row.timeZone();
            draft.active = row.active();
        }
        binder.readBean(draft);

        Map<String, HasValidation> fields = Map.of("code", code, "kind", kind, "name", name, "timeZone", zone, "province", province);
        Problems.saveAndCancel(this, binder, draft, fields, d -> admin.saveCenter(d.form(row)), changed);
        add(new FormLayout(code, kind, province, zone, active), name);
        if (row != null) {
            add(new H3(getTranslation("admin.counters")), new CenterCounters(admin, catalog, row.id()));
        }
    }

    private static boolean isZone(String text) {
        try {
            ZoneId.of(text.strip());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
