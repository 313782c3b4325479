package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.counter.VisitSteps;
import ma.socialhub.visit.Need;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;

/**
 * Step 2: what the person needs — the checklist of the ticket's service, the other needs folded
 * below, and a note kept exactly as typed.
 */
class NeedsStep extends Div {

    private final Visits visits;
    private final VisitSteps steps;
    private final Runnable saved;

    NeedsStep(Visits visits, VisitSteps steps, Runnable saved) {
        this.visits = visits;
        this.steps = steps;
        this.saved = saved;
        addClassName("needs-step");
    }

    void show(Visit visit) {
        removeAll();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        List<Need> ofService = visits.needsFor(visit.serviceId());
        Set<String> serviceCodes = ofService.stream().map(Need::code).collect(Collectors.toSet());
        List<Need> others = visits.allNeeds().stream().filter(n -> !serviceCodes.contains(n.code())).toList();

        CheckboxGroup<Need> main = group(ofService, visit, language, "needs-service");
        main.setLabel(getTranslation("visit.needs.service"));
        CheckboxGroup<Need> more = group(others, visit, language, "needs-other");
        Details moreDetails = new Details(getTranslation("visit.needs.other"), more);
        moreDetails.setOpened(more.getValue().size() > 0 || ofService.isEmpty());
        moreDetails.addClassName("needs-other-details");

        TextArea note = new TextArea(getTranslation("visit.note"));
        note.setValue(visit.note());
        note.setHelperText(getTranslation("visit.note.help"));
        note.setWidthFull();
        note.addClassName("needs-note");
        note.setEnabled(visit.open());

        Button save = new Button(getTranslation("visit.needs.save"), e -> {
            Set<String> codes = new HashSet<>();
            main.getValue().forEach(n -> codes.add(n.code()));
            more.getValue().forEach(n -> codes.add(n.code()));
            switch (steps.saveNeeds(visit.id(), codes, note.getValue())) {
                case VisitResult.Done done -> {
                    note.setInvalid(false);
                    saved.run();
                }
                case VisitResult.Invalid invalid -> {
                    String problem = invalid.problems().get("note");
                    note.setInvalid(problem != null);
                    note.setErrorMessage(problem == null ? null : getTranslation(problem));
                }
                case VisitResult.NotAllowed refused -> Notices.warn("counter.stepRefused");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("needs-save");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(visit.open()));
        save.setEnabled(visit.open());
        add(main, moreDetails, note, save);
    }

    private CheckboxGroup<Need> group(List<Need> needs, Visit visit, HubLanguage language, String className) {
        CheckboxGroup<Need> group = new CheckboxGroup<>();
        group.setItems(needs);
        group.setItemLabelGenerator(n -> n.name().in(language));
        group.setValue(needs.stream().filter(n -> visit.needs().contains(n.code())).collect(Collectors.toSet()));
        group.addClassName(className);
        group.setEnabled(visit.open());
        return group;
    }
}
