package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
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
    private final Supplier<Steps> build;
    private @Nullable Steps steps;
    private @Nullable Visit visit;

    VisitWorkspace(Visits visits, Beneficiaries beneficiaries, Referrals referrals, Directory directory, Catalog catalog,
            Clock clock, ZoneId zone, LongConsumer sendToService, Runnable closed) {
        this.visits = visits;
        this.referrals = referrals;
        this.closed = closed;
        addClassName("visit-workspace");
        // the five steps are built at the counter's first visit: a counter waiting for its next
        // citizen (most of the day, on thousands of tablets) holds a hint only
        build = () -> new Steps(new PersonStep(beneficiaries, visits, catalog, LocalDate.now(clock.withZone(zone)), () -> reload(1)),
                new NeedsStep(visits, () -> reload(2)),
                new OrientationStep(visits, referrals, directory, catalog, sendToService, () -> reload(-1)),
                new ReferralsStep(referrals, directory, zone), new CloseStep(clock, this::closeVisit));
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
        Steps shown = steps();
        add(shown.sheet);
        if (shown.sheet.getSelectedIndex() != 0) {
            shown.sheet.setSelectedIndex(0);
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
            steps().sheet.setSelectedTab(steps().closeTab);
        }
    }

    private void reload(int nextStep) {
        Visit current = visit;
        if (current == null) {
            return;
        }
        visit = visits.find(current.id()).orElse(null);
        if (nextStep >= 0 && steps().sheet.getSelectedIndex() != nextStep) {
            steps().sheet.setSelectedIndex(nextStep);
        } else {
            showSelected();
        }
    }

    private void showSelected() {
        Visit current = visit;
        Steps shown = steps;
        if (current == null || shown == null) {
            return;
        }
        Tab selected = shown.sheet.getSelectedTab();
        if (selected == shown.personTab) {
            shown.person.show(current);
        } else if (selected == shown.needsTab) {
            shown.needs.show(current);
        } else if (selected == shown.orientationTab) {
            shown.orientation.show(current);
        } else if (selected == shown.referralsTab) {
            shown.referralList.show(current);
        } else if (selected == shown.closeTab) {
            shown.close.show(current, suggestedOutcome(current));
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
    private Steps steps() {
        if (steps == null) {
            steps = build.get();
        }
        return steps;
    }

    /** The visit's five steps as tabs. */
    private final class Steps {
        final TabSheet sheet = new TabSheet();
        final PersonStep person;
        final NeedsStep needs;
        final OrientationStep orientation;
        final ReferralsStep referralList;
        final CloseStep close;
        final Tab personTab;
        final Tab needsTab;
        final Tab orientationTab;
        final Tab referralsTab;
        final Tab closeTab;

        Steps(PersonStep person, NeedsStep needs, OrientationStep orientation, ReferralsStep referralList, CloseStep close) {
            this.person = person;
            this.needs = needs;
            this.orientation = orientation;
            this.referralList = referralList;
            this.close = close;
            personTab = sheet.add(getTranslation("visit.step.person"), person);
            needsTab = sheet.add(getTranslation("visit.step.needs"), needs);
            orientationTab = sheet.add(getTranslation("visit.step.orientation"), orientation);
            referralsTab = sheet.add(getTranslation("visit.step.referrals"), referralList);
            closeTab = sheet.add(getTranslation("visit.step.close"), close);
            personTab.addClassName("step-person");
            needsTab.addClassName("step-needs");
            orientationTab.addClassName("step-orientation");
            referralsTab.addClassName("step-referrals");
            closeTab.addClassName("step-close");
            sheet.addSelectedChangeListener(e -> showSelected());
            sheet.setWidthFull();
        }
    }
}
