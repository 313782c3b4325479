package ma.socialhub.counter.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import java.util.Objects;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.base.ui.WhileAttached;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.ui.FollowUpBooking;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.counter.AtCounter;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.messaging.Messages;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.ticketing.QueueChanged;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.TakeResult;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Visit;
import org.jspecify.annotations.Nullable;

/**
 * The agent's workspace on a tablet. On one side the queue: pick the counter, call the next ticket
 * (or open one by number, scan or camera), recall it, receive the person or mark them absent, and
 * watch the lines this counter serves. On the other, the visit of the person received: who they
 * are, what they need, what the hub proposes, their referrals, and how the visit ends. The screen
 * shows and forwards: what each tap may do is the {@link CounterDesk}'s to decide.
 */
@Route("counter")
@RolesAllowed(Roles.AGENT)
public class CounterView extends VerticalLayout implements HasDynamicTitle {

    public static final String COUNTER_ATTRIBUTE = "hub.counterId";
    /** Marks a browser tab whose taps already renew its counter's lease. */
    private static final String PRESENCE = "hub.counterPresence";

    private final CounterDesk desk;
    private final Select<Counter> counterSelect = new Select<>();
    private final CurrentTicketPanel current;
    private final TicketActions actions;
    private final CounterMoves moves;
    private final WaitingLines waiting;
    private final BookedToday booked;
    private final VisitWorkspace workspace;
    private final Catalog catalog;
    private AtCounter shown = AtCounter.NOTHING;
    /** True while the screen itself sets the counter shown: only the agent's choice opens one. */
    private boolean showing;

    public CounterView(CounterDesk desk, VisitWorkspace workspace, Catalog catalog, Tickets tickets, QueueUpdates updates,
            StaffDirectory staff, AuthenticationContext auth, Bookings bookings, FollowUpBooking followUps, Messages messages) {
        this.desk = desk;
        this.workspace = workspace;
        this.catalog = catalog;
        StaffMember agent = staff.current().orElseThrow();
        current = new CurrentTicketPanel(catalog, desk.zone(), followUps);
        waiting = new WaitingLines(catalog, tickets);
        booked = new BookedToday(bookings, catalog);
        actions = new TicketActions(desk, workspace::showClose, this::refresh);
        moves = new CounterMoves(desk, catalog, messages, this::refresh);
        workspace.whenCounterChanges(this::refresh);
        addClassName("counter-view");

        List<Counter> counters = desk.counters();
        counterSelect.setLabel(getTranslation("counter.pick"));
        counterSelect.setPlaceholder(getTranslation("counter.pick.placeholder"));
        counterSelect.setHelperText(getTranslation("counter.pick.help"));
        counterSelect.addClassName("counter-select");
        counterSelect.setItems(counters);
        counterSelect.setItemLabelGenerator(c -> getTranslation("counter.label", Map.of("counter", c.label())));
        counterSelect.setEmptySelectionAllowed(false);
        counterSelect.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                choose(e.getValue(), e.getOldValue(), false);
            }
        });
        Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        Anchor centerReferrals = new Anchor("referrals", getTranslation("referrals.title"));
        centerReferrals.addClassName("counter-referrals-link");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("counter.title")),
                new Span(agent.displayName()), centerReferrals, new LanguageSwitcher(), signOut);
        header.setAlignItems(Alignment.BASELINE);
        header.addClassName("counter-header");

        Div queue = new Div(counterSelect, current, actions, moves, waiting, booked);
        queue.addClassName("counter-queue");
        Div body = new Div(queue, workspace);
        body.addClassName("counter-body");
        add(header, body);
        // the counter this agent works already (they came back to the screen) is shown again;
        // otherwise they choose one, and choosing opens it
        Long remembered = (Long) VaadinSession.getCurrent().getAttribute(COUNTER_ATTRIBUTE);
        List<Counter> mine = counters.stream().filter(c -> Long.valueOf(agent.staffId()).equals(c.workedBy())).toList();
        mine.stream().filter(c -> remembered != null && c.id() == remembered).findFirst()
                .or(() -> mine.stream().findFirst()).ifPresent(this::show);
        refresh();
        Long centerId = agent.centerId();
        WhileAttached.subscribe(this, ui -> centerId == null ? null
                : updates.subscribe(centerId, change -> ui.access(() -> changed(change, agent))));
        // the lease belongs to the browser tab, not to this screen: the agent who opens the center's
        // referrals in the same tab is still at the counter, and their taps there count
        addAttachListener(e -> {
            UI ui = e.getUI();
            hold();
            if (ComponentUtil.getData(ui, PRESENCE) == null) {
                ComponentUtil.setData(ui, PRESENCE, Boolean.TRUE);
                // a tap or a key anywhere in the tab, at most twice a minute, tells the node the agent is there
                ui.getElement().addEventListener("pointerdown", t -> desk.touched(ui)).throttle(30_000);
                ui.getElement().addEventListener("keydown", t -> desk.touched(ui)).throttle(30_000);
                // the tab closed, or Vaadin gave it up after missed heartbeats: the lease runs out
                ui.addDetachListener(d -> desk.release(ui));
            }
        });
    }

    /** The agent chose {@code chosen}: it opens for them, or a colleague works it and they may take it over. */
    private void choose(Counter chosen, @Nullable Counter previous, boolean takeOver) {
        switch (desk.take(chosen.id(), takeOver)) {
            case TakeResult.Opened opened -> {
                show(chosen);
                refresh();
            }
            case TakeResult.WorkedByOther other -> {
                show(previous);
                ConfirmDialog ask = new ConfirmDialog(getTranslation("counter.takeOver.title", Map.of("counter", chosen.label())),
                        getTranslation("counter.takeOver.text", Map.of("counter", chosen.label(), "name", other.name())),
                        getTranslation("counter.takeOver.confirm"), e -> choose(chosen, previous, true));
                ask.setCancelable(true);
                ask.setCancelText(getTranslation("app.cancel"));
                ask.addClassName("counter-take-over");
                ask.open();
            }
        }
    }

    /** Shows {@code counter} (without opening it) and holds its lease while the screen shows it. */
    private void show(@Nullable Counter counter) {
        showing = true;
        try {
            counterSelect.setValue(counter);
        } finally {
            showing = false;
        }
        if (counter != null) {
            VaadinSession.getCurrent().setAttribute(COUNTER_ATTRIBUTE, counter.id());
        }
        hold();
    }

    private void hold() {
        Counter counter = counterSelect.getValue();
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        if (ui == null) {
            return;
        }
        if (counter == null || session == null || session.getSession() == null) {
            desk.release(ui);
        } else {
            desk.hold(ui, session.getSession().getId(), counter.id());
        }
    }

    /**
     * A change at the center: the waiting counts move; when a counter changed, this one may have
     * been closed (idle, the agent's session ended elsewhere) or taken over by a colleague.
     */
    private void changed(QueueChanged change, StaffMember agent) {
        Counter counter = counterSelect.getValue();
        if (change.kind() != QueueChanged.Kind.COUNTER_CHANGED || counter == null) {
            waiting.show(counter);
            booked.show(counter);
            return;
        }
        Counter now = catalog.counter(counter.id()).orElse(null);
        if (now == null || !Long.valueOf(agent.staffId()).equals(now.workedBy())) {
            // closed (idle, signed out in another tab or node, or by the agent) or taken over: the
            // agent chooses a counter again, which opens it through the same rules as the first time
            show(null);
            Notices.warn("counter.takenOver");
        }
        refresh();
    }

    /** Reads the counter's ticket and its visit again, and shows them. */
    private void refresh() {
        Counter counter = counterSelect.getValue();
        AtCounter now = counter == null ? AtCounter.NOTHING : desk.at(counter.id());
        Visit visit = now.visit();
        if (!Objects.equals(visit == null ? null : visit.id(), shown.visit() == null ? null : shown.visit().id())) {
            workspace.show(visit);
        }
        shown = now;
        current.show(now.ticket());
        waiting.show(counter);
        booked.show(counter);
        actions.show(counter, now);
        moves.show(counter, now.ticket());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }
}
