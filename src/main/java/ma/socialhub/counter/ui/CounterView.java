package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
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
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.counter.AtCounter;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Tickets;
import ma.socialhub.visit.Visit;

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

    private final CounterDesk desk;
    private final Select<Counter> counterSelect = new Select<>();
    private final CurrentTicketPanel current;
    private final TicketActions actions;
    private final CounterMoves moves;
    private final WaitingLines waiting;
    private final VisitWorkspace workspace;
    private AtCounter shown = AtCounter.NOTHING;

    public CounterView(CounterDesk desk, VisitWorkspace workspace, Catalog catalog, Tickets tickets, QueueUpdates updates,
            StaffDirectory staff, AuthenticationContext auth) {
        this.desk = desk;
        this.workspace = workspace;
        StaffMember agent = staff.current().orElseThrow();
        current = new CurrentTicketPanel(catalog, desk.zone());
        waiting = new WaitingLines(catalog, tickets);
        actions = new TicketActions(desk, workspace::showClose, this::refresh);
        moves = new CounterMoves(desk, catalog, this::refresh);
        workspace.whenCounterChanges(this::refresh);
        addClassName("counter-view");

        List<Counter> counters = desk.counters();
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
        Anchor centerReferrals = new Anchor("referrals", getTranslation("referrals.title"));
        centerReferrals.addClassName("counter-referrals-link");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("counter.title")),
                new Span(agent.displayName()), centerReferrals, new LanguageSwitcher(), signOut);
        header.setAlignItems(Alignment.BASELINE);
        header.addClassName("counter-header");

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
        actions.show(counter, now);
        moves.show(counter, now.ticket());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }
}
