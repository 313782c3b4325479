package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongConsumer;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.ProposalDecision;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;

/**
 * The visit of the ticket in front of the agent, one tab per step so every step stays in sight:
 * person, needs, orientation, referrals, close. Only the open tab reads the database, so moving
 * between steps is cheap and a file is read (and audited) when the agent looks at it.
 */
class VisitWorkspace extends Div {

    private final Visits visits;
    private final Referrals referrals;
    private final Runnable closed;
    private final TabSheet steps = new TabSheet();
    private final PersonStep person;
    private final NeedsStep needs;
    private final OrientationStep orientation;
    private final ReferralsStep referralList;
    private final CloseStep close;
    private final Tab personTab;
    private final Tab needsTab;
    private final Tab orientationTab;
    private final Tab referralsTab;
    private final Tab closeTab;
    private @Nullable Visit visit;

    VisitWorkspace(Visits visits, Beneficiaries beneficiaries, Referrals referrals, Directory directory, Catalog catalog,
            Clock clock, ZoneId zone, LongConsumer sendToService, Runnable closed) {
        this.visits = visits;
        this.referrals = referrals;
        this.closed = closed;
        addClassName("visit-workspace");
        person = new PersonStep(beneficiaries, visits, catalog, LocalDate.now(clock.withZone(zone)), () -> reload(1));
        needs = new NeedsStep(visits, () -> reload(2));
        orientation = new OrientationStep(visits, referrals, directory, catalog, sendToService, () -> reload(-1));
        referralList = new ReferralsStep(referrals, directory, zone);
        close = new CloseStep(clock, this::closeVisit);
        personTab = steps.add(getTranslation("visit.step.person"), person);
        needsTab = steps.add(getTranslation("visit.step.needs"), needs);
        orientationTab = steps.add(getTranslation("visit.step.orientation"), orientation);
        referralsTab = steps.add(getTranslation("visit.step.referrals"), referralList);
        closeTab = steps.add(getTranslation("visit.step.close"), close);
        personTab.addClassName("step-person");
        needsTab.addClassName("step-needs");
        orientationTab.addClassName("step-orientation");
        referralsTab.addClassName("step-referrals");
        closeTab.addClassName("step-close");
        steps.addSelectedChangeListener(e -> showSelected());
        steps.setWidthFull();
        show(null);
    }

    /** Shows the visit, or a hint when the counter has none open; starts on the person step. */
    void show(@Nullable Visit visit) {
        this.visit = visit;
        removeAll();
        if (visit == null) {
            Paragraph hint = new Paragraph(getTranslation("visit.hint"));
            hint.addClassName("visit-hint");
            add(hint);
            return;
        }
        add(steps);
        if (steps.getSelectedIndex() != 0) {
            steps.setSelectedIndex(0);
        } else {
            showSelected();
        }
    }

    boolean hasOpenVisit() {
        return visit != null && visit.open();
    }

    /** Brings the agent to the last step, to choose the outcome. */
    void showClose() {
        if (visit != null) {
            steps.setSelectedTab(closeTab);
        }
    }

    private void reload(int nextStep) {
        Visit current = visit;
        if (current == null) {
            return;
        }
        visit = visits.find(current.id()).orElse(null);
        if (nextStep >= 0 && steps.getSelectedIndex() != nextStep) {
            steps.setSelectedIndex(nextStep);
        } else {
            showSelected();
        }
    }

    private void showSelected() {
        Visit current = visit;
        if (current == null) {
            return;
        }
        Tab selected = steps.getSelectedTab();
        if (selected == personTab) {
            person.show(current);
        } else if (selected == needsTab) {
            needs.show(current);
        } else if (selected == orientationTab) {
            orientation.show(current);
        } else if (selected == referralsTab) {
            referralList.show(current);
        } else if (selected == closeTab) {
            close.show(current, suggestedOutcome(current));
        }
    }

    private VisitOutcome suggestedOutcome(Visit current) {
        if (current.beneficiaryId() != null && referrals.ofBeneficiary(current.beneficiaryId()).stream()
                .anyMatch(r -> Long.valueOf(current.id()).equals(r.visitId()))) {
            return VisitOutcome.REFERRED;
        }
        boolean accepted = visits.proposals(current.id()).stream().anyMatch(p -> p.decision() == ProposalDecision.ACCEPTED);
        return accepted ? VisitOutcome.ORIENTED : VisitOutcome.SERVED;
    }

    private void closeVisit(VisitOutcome outcome) {
        Visit current = visit;
        if (current == null) {
            return;
        }
        if (visits.close(current.id(), outcome) instanceof VisitResult.Done) {
            Notices.done("visit.closed");
        } else {
            Notices.warn("counter.stepRefused");
        }
        closed.run();
    }
}
