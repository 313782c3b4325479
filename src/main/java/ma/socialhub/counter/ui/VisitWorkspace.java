package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.function.Supplier;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.counter.VisitSteps;
import ma.socialhub.directory.Directory;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The visit of the ticket in front of the agent, one tab per step so every step stays in sight:
 * person, needs, orientation, referrals, close. Only the open tab reads the database, so moving
 * between steps is cheap and a file is read (and audited) when the agent looks at it. A bean of
 * its own (one per screen), so that the counter's screen is not handed every service its steps read.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class VisitWorkspace extends Div {

    private final CounterDesk desk;
    private final Visits visits;
    private final Supplier<Steps> build;
    private Runnable counterChanged = () -> {
    };
    private @Nullable Steps steps;
    private @Nullable Visit visit;

    VisitWorkspace(CounterDesk desk, VisitSteps visitSteps, Visits visits, Beneficiaries beneficiaries, Referrals referrals,
            Directory directory, Catalog catalog, Clock clock) {
        this.desk = desk;
        this.visits = visits;
        addClassName("visit-workspace");
        // the five steps are built at the counter's first visit: a counter waiting for its next
        // citizen (most of the day, on thousands of tablets) holds a hint only
        build = () -> new Steps(new PersonStep(visitSteps, beneficiaries, catalog, desk.today(), () -> reload(1)),
                new NeedsStep(visits, visitSteps, () -> reload(2)),
                new OrientationStep(visits, visitSteps, desk, directory, catalog, () -> reload(-1), () -> counterChanged.run()),
                new ReferralsStep(referrals, directory, desk.zone()), new CloseStep(clock, this::closeVisit));
        show(null);
    }

    /** What to do when the visit's ticket leaves the counter from here (closed, sent to another service). */
    void whenCounterChanges(Runnable counterChanged) {
        this.counterChanged = counterChanged;
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
            shown.close.show(current, desk.suggestedOutcome(current.id()));
        }
    }

    private void closeVisit(VisitOutcome outcome) {
        Visit current = visit;
        if (current == null) {
            return;
        }
        // closed now, or before (a second tap, a transfer): either way the counter is free
        desk.close(current.id(), outcome);
        Notices.done("visit.closed");
        counterChanged.run();
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
