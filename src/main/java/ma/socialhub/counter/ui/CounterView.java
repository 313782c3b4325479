package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.base.ui.WhileAttached;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.ZoneId;
import ma.socialhub.directory.Directory;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.referral.Referrals;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.QueueMoves;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.StepResult;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;

/**
 * The agent's workspace on a tablet. On one side the queue: pick the counter, call the next ticket
 * (or open one by number, scan or camera), recall it, receive the person or mark them absent, and
 * watch the lines this counter serves. On the other, the visit of the person received: who they
 * are, what they need, what the hub proposes, their referrals, and how the visit ends.
 */
@Route("counter")
@RolesAllowed(Roles.AGENT)
public class CounterView extends VerticalLayout implements HasDynamicTitle {

    public static final String COUNTER_ATTRIBUTE = "hub.counterId";

    private final Tickets tickets;
    private final StaffMember agent;
    private final Select<Counter> counterSelect = new Select<>();
    private final CurrentTicketPanel current;
    private final WaitingLines waiting;
    private final Button callNext = new Button();
    private final Button recall = new Button();
    private final Button start = new Button();
    private final Button finish = new Button();
    private final Button noShow = new Button();
    private @Nullable Ticket ticket;

    private final CounterMoves moves;
    private final Visits visits;
    private final QueueMoves queueMoves;
    private final VisitWorkspace workspace;
    private @Nullable Long shownVisitId;

    public CounterView(Tickets tickets, QueueMoves queueMoves, Catalog catalog, QueueUpdates updates,
            StaffDirectory staff, AuthenticationContext auth, Visits visits, Beneficiaries beneficiaries,
            Referrals referrals, Directory directory, Clock clock) {
        this.tickets = tickets;
        this.visits = visits;
        this.queueMoves = queueMoves;
        this.agent = staff.current().orElseThrow();
        ZoneId zone = agent.centerId() == null ? ZoneId.of("Africa/Casablanca")
                : catalog.center(agent.centerId()).map(c -> c.timeZone()).orElse(ZoneId.of("Africa/Casablanca"));
        this.workspace = new VisitWorkspace(visits, beneficiaries, referrals, directory, catalog, clock, zone,
                this::sendToService, this::refresh);
        this.current = new CurrentTicketPanel(catalog);
        this.waiting = new WaitingLines(catalog, tickets);
        this.moves = new CounterMoves(queueMoves, catalog, counterSelect::getValue, () -> ticket, shown -> {
            ticket = shown;
            refresh();
        });
        addClassName("counter-view");

        List<Counter> counters = agent.centerId() == null ? List.of() : catalog.countersAt(agent.centerId());
        counterSelect.setLabel(getTranslation("counter.pick"));
        counterSelect.addClassName("counter-select");
        counterSelect.setItems(counters);
        counterSelect.setItemLabelGenerator(c -> getTranslation("counter.label", Map.of("counter", c.label())));
        counterSelect.setEmptySelectionAllowed(false);
        counterSelect.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(COUNTER_ATTRIBUTE, e.getValue().id());
                refresh();
            }
        });

        Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        com.vaadin.flow.component.html.Anchor centerReferrals = new com.vaadin.flow.component.html.Anchor("referrals",
                getTranslation("referrals.title"));
        centerReferrals.addClassName("counter-referrals-link");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("counter.title")),
                new Span(agent.displayName()), centerReferrals, new LanguageSwitcher(), signOut);
        header.setAlignItems(Alignment.BASELINE);
        header.addClassName("counter-header");

        configure(callNext, "counter.callNext", VaadinIcon.BELL, this::callNext);
        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        configure(recall, "counter.recall", VaadinIcon.MEGAPHONE, () -> step(tickets::recall));
        configure(start, "counter.receive", VaadinIcon.USER_CHECK, this::receive);
        configure(finish, "counter.finish", VaadinIcon.CHECK, this::finish);
        configure(noShow, "counter.noShow", VaadinIcon.CLOSE_CIRCLE, () -> step(tickets::noShow));
        finish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(callNext, recall, start, finish, noShow);
        actions.addClassName("counter-actions");
        actions.setWrap(true);

        Div queue = new Div(counterSelect, current, actions, moves, waiting);
        queue.addClassName("counter-queue");
        Div body = new Div(queue, workspace);
        body.addClassName("counter-body");
        add(header, body);
        Long remembered = (Long) VaadinSession.getCurrent().getAttribute(COUNTER_ATTRIBUTE);
        counters.stream().filter(c -> remembered != null && c.id() == remembered).findFirst()
                .or(() -> counters.stream().findFirst()).ifPresent(counterSelect::setValue);
        refresh();
        // Only the public waiting counts are re-read on a push: this counter's own ticket changes
        // only through this screen.
        Long centerId = agent.centerId();
        WhileAttached.subscribe(this, ui -> centerId == null ? null
                : updates.subscribe(centerId, change -> ui.access(() -> waiting.show(counterSelect.getValue()))));
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
                updateButtons();
            }
        });
    }

    private void callNext() {
        Counter counter = counterSelect.getValue();
        if (counter == null) {
            return;
        }
        switch (tickets.callNext(counter.id())) {
            case CallResult.Called called -> ticket = called.ticket();
            case CallResult.QueueEmpty empty -> Notices.info("counter.queueEmpty");
            case CallResult.ServesNothing nothing -> Notices.warn("counter.servesNothing");
            case CallResult.CounterNotOpen notOpen -> Notices.warn("counter.notOpen");
            case CallResult.Busy busy -> {
                ticket = busy.current();
                Notices.warn("counter.busy");
            }
        }
        refresh();
    }

    /** Receives the person: starts the service and opens the visit's steps. */
    private void receive() {
        Counter counter = counterSelect.getValue();
        if (counter != null && visits.receive(counter.id()) instanceof VisitResult.NotAllowed) {
            Notices.warn("counter.stepRefused");
        }
        refresh();
    }

    /** With a visit open, finishing means choosing how it ended; without one, the ticket is simply done. */
    private void finish() {
        if (workspace.hasOpenVisit()) {
            workspace.showClose();
            return;
        }
        step(tickets::finish);
    }

    /** An accepted proposal of another service: the ticket goes to that line, keeping its place. */
    private void sendToService(long serviceId) {
        Counter counter = counterSelect.getValue();
        Ticket held = ticket;
        if (counter == null || held == null) {
            return;
        }
        if (queueMoves.transferToService(held.id(), counter.id(), serviceId) instanceof MoveResult.Moved) {
            Notices.done("counter.transfer.done");
        } else {
            Notices.warn("counter.stepRefused");
        }
        refresh();
    }

    private interface Step {
        StepResult apply(long ticketId, long counterId);
    }

    private void step(Step step) {
        Counter counter = counterSelect.getValue();
        Ticket held = ticket;
        if (counter == null || held == null) {
            return;
        }
        switch (step.apply(held.id(), counter.id())) {
            case StepResult.Done done -> ticket = done.ticket().state().atCounter() ? done.ticket() : null;
            case StepResult.RecallLimitReached limit -> Notices.warn("counter.recallLimit");
            case StepResult.NotAllowed notAllowed -> Notices.warn("counter.stepRefused");
        }
        refresh();
    }

    /** Re-reads the counter's ticket, its visit and the lines from the database. */
    private void refresh() {
        Counter counter = counterSelect.getValue();
        ticket = counter == null ? null : tickets.currentAt(counter.id()).orElse(null);
        Visit visit = counter == null || ticket == null ? null : visits.openAt(counter.id()).orElse(null);
        if (visit == null && ticket != null && counter != null
                && ticket.state() == ma.socialhub.ticketing.TicketState.IN_SERVICE
                && visits.receive(counter.id()) instanceof VisitResult.Done received) {
            // a walk-in, or a ticket started before: its visit opens with it
            visit = received.visit();
        }
        Long visitId = visit == null ? null : visit.id();
        if (!java.util.Objects.equals(visitId, shownVisitId)) {
            shownVisitId = visitId;
            workspace.show(visit);
        }
        current.show(ticket);
        waiting.show(counter);
        updateButtons();
    }

    private void updateButtons() {
        Counter counter = counterSelect.getValue();
        Optional<Ticket> held = Optional.ofNullable(ticket);
        callNext.setEnabled(counter != null && held.isEmpty());
        boolean called = held.filter(t -> t.state() == ma.socialhub.ticketing.TicketState.CALLED).isPresent();
        recall.setEnabled(called);
        start.setEnabled(called);
        noShow.setEnabled(called);
        finish.setEnabled(held.isPresent());
        moves.update();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }
}
