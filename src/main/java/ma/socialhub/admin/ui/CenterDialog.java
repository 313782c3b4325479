package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.Province;
import org.jspecify.annotations.Nullable;

/** One center: its identity, and (once it exists) its counters and the services each serves. */
class CenterDialog extends Dialog {

    private final CatalogAdmin admin;
    private final Catalog catalog;
    private final LongConsumer changed;
    private final Div counters = new Div();

    CenterDialog(CatalogAdmin admin, Catalog catalog, CatalogAdmin.@Nullable CenterRow row, LongConsumer changed) {
        this.admin = admin;
        this.catalog = catalog;
        this.changed = changed;
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
        province.setItems(catalog.provinces());
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.addClassName("center-province");
        LocalizedFields name = new LocalizedFields("admin.name", false);
        TextField zone = new TextField(getTranslation("admin.center.timeZone"));
        zone.setValue("Africa/Casablanca");
        Checkbox active = new Checkbox(getTranslation("admin.active"), true);
        if (row != null) {
            code.setValue(row.code());
            kind.setValue(row.kind());
            province.setValue(catalog.provinces().stream().filter(p -> p.id() == row.provinceId()).findFirst().orElse(null));
            name.setValue(row.name());
            zone.setValue(row.timeZone());
            active.setValue(row.active());
        }
        Map<String, HasValidation> fields = Map.of("code", code, "kind", kind, "name", name, "timeZone", zone, "province", province);
        Problems.saveAndCancel(this, fields, () -> {
            if (province.getValue() == null) {
                return new AdminResult.Invalid(Map.of("province", "admin.error.required"));
            }
            return admin.saveCenter(new CatalogAdmin.CenterForm(row == null ? null : row.id(),
                    row == null ? 0 : row.version(), code.getValue().strip(), kind.getValue() == null ? "" : kind.getValue(),
                    province.getValue().id(), name.text(), zone.getValue().strip(), active.getValue()));
        }, changed);
        FormLayout form = new FormLayout(code, kind, province, zone, active);
        add(form, name);
        if (row != null) {
            add(new H3(getTranslation("admin.counters")), counters);
            showCounters(row.id());
        }
    }

    private void showCounters(long centerId) {
        counters.removeAll();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        var services = catalog.servicesAt(centerId);
        var allServices = admin.services();
        for (Counter counter : catalog.countersAt(centerId)) {
            CheckboxGroup<CatalogAdmin.ServiceRow> serves = new CheckboxGroup<>();
            serves.setLabel(getTranslation("counter.label", Map.of("counter", counter.label())));
            serves.setItems(allServices);
            serves.setItemLabelGenerator(s -> s.letter() + " · " + s.name().in(language));
            serves.setValue(allServices.stream().filter(s -> counter.serviceIds().contains(s.id())).collect(Collectors.toSet()));
            serves.addClassName("counter-serves");
            Button apply = new Button(getTranslation("admin.save"), e -> {
                Set<Long> ids = serves.getValue().stream().map(CatalogAdmin.ServiceRow::id).collect(Collectors.toSet());
                if (admin.setCounterServices(counter.id(), admin.counterVersion(counter.id()), ids) instanceof AdminResult.Done) {
                    Problems.saved();
                } else {
                    Problems.conflict();
                }
                showCounters(centerId);
            });
            apply.addClassName("counter-serves-save");
            Button remove = new Button(getTranslation("admin.counter.remove"), e -> {
                if (admin.removeCounter(counter.id()) instanceof AdminResult.Invalid invalid) {
                    Problems.warn(invalid.problems().values().iterator().next());
                }
                showCounters(centerId);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div line = new Div(serves, new HorizontalLayout(apply, remove));
            line.addClassName("admin-counter");
            counters.add(line);
        }
        TextField label = new TextField(getTranslation("admin.counter.label"));
        label.addClassName("counter-new-label");
        Button add = new Button(getTranslation("admin.counter.add"), e -> {
            switch (admin.addCounter(centerId, label.getValue(), Set.of())) {
                case AdminResult.Invalid invalid -> Problems.show(Map.of("label", label), invalid.problems());
                default -> showCounters(centerId);
            }
        });
        add.addClassName("counter-add");
        HorizontalLayout addLine = new HorizontalLayout(label, add);
        addLine.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        counters.add(addLine);
        if (services.isEmpty()) {
            counters.add(new Span(getTranslation("admin.counter.noServiceYet")));
        }
    }
}
