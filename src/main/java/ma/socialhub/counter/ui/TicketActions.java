package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ma.socialhub.catalog.Counter;
import ma.socialhub.counter.AtCounter;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.counter.Reception;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.StepResult;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import org.jspecify.annotations.Nullable;

/**
 * The buttons for the counter's ticket: call the next, call it again, receive the person, finish,
 * mark them absent. Each forwards to the {@link CounterDesk} and says what it answered; the screen
 * then reads the counter again. Only the buttons that fit the ticket's state are enabled.
 */
class TicketActions extends HorizontalLayout {

    private final CounterDesk desk;
    private final Runnable closeVisit;
    private final Runnable changed;
    private final Button callNext = new Button();
    private final Button recall = new Button();
    private final Button receive = new Button();
    private final Button finish = new Button();
    private final Button noShow = new Button();
    private @Nullable Counter counter;
    private AtCounter at = AtCounter.NOTHING;

    /** {@code closeVisit}: finishing with a visit open means choosing how it ended, on the visit's last step. */
    TicketActions(CounterDesk desk, Runnable closeVisit, Runnable changed) {
        this.desk = desk;
        this.closeVisit = closeVisit;
        this.changed = changed;
        addClassName("counter-actions");
        setWrap(true);
        configure(callNext, "counter.callNext", VaadinIcon.BELL, this::callNext);
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        configure(recall, "counter.recall", VaadinIcon.MEGAPHONE, () -> step(desk::recall));
        configure(receive, "counter.receive", VaadinIcon.USER_CHECK, this::receive);
        configure(finish, "counter.finish", VaadinIcon.CHECK, this::finish);
        configure(noShow, "counter.noShow", VaadinIcon.CLOSE_CIRCLE, () -> step(desk::noShow));
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(callNext, recall, receive, finish, noShow);
    }

    void show(@Nullable Counter counter, AtCounter at) {
        this.counter = counter;
        this.at = at;
        update();
    }

    private void configure(Button button, String key, VaadinIcon icon, Runnable action) {
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClassName("counter-action");
        button.addClassName(key.replace('.', '-'));
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.run();
            } finally {
                update();
            }
        });
    }

    private void callNext() {
        Counter here = counter;
        if (here == null) {
            return;
        }
        switch (desk.callNext(here.id())) {
            case CallResult.Called called -> {
                // shown by reading the counter again
            }
            case CallResult.QueueEmpty empty -> Notices.info("counter.queueEmpty");
            case CallResult.ServesNothing nothing -> Notices.warn("counter.servesNothing");
            case CallResult.CounterNotOpen notOpen -> Notices.warn("counter.notOpen");
            case CallResult.Busy busy -> Notices.warn("counter.busy");
        }
        changed.run();
    }

    /** Receives the person of the ticket this screen shows: starts the service and opens the visit's steps. */
    private void receive() {
        Counter here = counter;
        Ticket held = at.ticket();
        if (here == null || held == null) {
            return;
        }
        if (desk.receive(here.id(), held.id()) instanceof Reception.NotAtThisCounter) {
            Notices.warn("counter.stepRefused");
        }
        changed.run();
    }

    private void finish() {
        if (at.visit() != null && at.visit().open()) {
            closeVisit.run();
            return;
        }
        step(desk::finish);
    }

    private interface Step {
        StepResult apply(long ticketId, long counterId);
    }

    private void step(Step step) {
        Counter here = counter;
        Ticket held = at.ticket();
        if (here == null || held == null) {
            return;
        }
        switch (step.apply(held.id(), here.id())) {
            case StepResult.Done done -> {
                // shown by reading the counter again
            }
            case StepResult.RecallLimitReached limit -> Notices.warn("counter.recallLimit");
            case StepResult.NotAllowed notAllowed -> Notices.warn("counter.stepRefused");
        }
        changed.run();
    }

    private void update() {
        Ticket held = at.ticket();
        boolean called = held != null && held.state() == TicketState.CALLED;
        callNext.setEnabled(counter != null && held == null);
        recall.setEnabled(called);
        receive.setEnabled(at.awaitsReception());
        noShow.setEnabled(called);
        finish.setEnabled(held != null);
    }
}
