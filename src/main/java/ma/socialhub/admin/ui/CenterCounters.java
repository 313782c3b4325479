package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.catalog.Counter;

/**
 * The counters of one center and the services each serves: a counter is added by its label, its
 * services saved on the version it was read at, and one that never held a ticket removed.
 */
class CenterCounters extends Div {

    private final CatalogAdmin admin;
    private final Catalog catalog;
    private final long centerId;

    CenterCounters(CatalogAdmin admin, Catalog catalog, long centerId) {
        this.admin = admin;
        this.catalog = catalog;
        this.centerId = centerId;
        addClassName("center-counters");
        show();
    }

    private void show() {
        removeAll();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        List<CatalogAdmin.ServiceRow> allServices = admin.services();
        for (Counter counter : catalog.countersAt(centerId)) {
            CheckboxGroup<CatalogAdmin.ServiceRow> serves = new CheckboxGroup<>();
            serves.setLabel(getTranslation("counter.label", Map.of("counter", counter.label())));
            serves.setItems(allServices);
            serves.setItemLabelGenerator(s -> s.letter() + " · " + s.name().in(language));
            serves.setValue(allServices.stream().filter(s -> counter.serviceIds().contains(s.id())).collect(Collectors.toSet()));
            serves.addClassName("counter-serves");
            // the version shown, not the one at the click: what another administrator saved meanwhile is not overwritten
            int version = admin.counterVersion(counter.id());
            Button apply = new Button(getTranslation("admin.counter.saveServices"), e -> {
                Set<Long> ids = serves.getValue().stream().map(CatalogAdmin.ServiceRow::id).collect(Collectors.toSet());
                if (admin.setCounterServices(counter.id(), version, ids) instanceof AdminResult.Done) {
                    Problems.saved();
                } else {
                    Problems.conflict();
                }
                show();
            });
            apply.addClassName("counter-serves-save");
            Button remove = new Button(getTranslation("admin.counter.remove"), e -> {
                if (admin.removeCounter(counter.id()) instanceof AdminResult.Invalid invalid) {
                    Problems.warn(invalid.problems().values().iterator().next());
                }
                show();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Div line = new Div(serves, new HorizontalLayout(apply, remove));
            line.addClassName("admin-counter");
            add(line);
        }
        TextField label = new TextField(getTranslation("admin.counter.label"));
        label.addClassName("counter-new-label");
        Button add = new Button(getTranslation("admin.counter.add"), e -> {
            switch (admin.addCounter(centerId, label.getValue(), Set.of())) {
                case AdminResult.Invalid invalid -> Problems.show(Map.of("label", label), invalid.problems());
                default -> show();
            }
        });
        add.addClassName("counter-add");
        HorizontalLayout addLine = new HorizontalLayout(label, add);
        addLine.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(addLine);
        if (catalog.servicesAt(centerId).isEmpty()) {
            add(new Span(getTranslation("admin.counter.noServiceYet")));
        }
    }
}
