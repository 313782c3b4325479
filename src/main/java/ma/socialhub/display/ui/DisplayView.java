package ma.socialhub.display.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.CenterNotFound;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.LanguageDirection;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.base.ui.UnattendedScreen;
import ma.socialhub.base.ui.WhileAttached;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.QueueChanged;
import ma.socialhub.ticketing.QueueUpdates;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;

/**
 * The waiting-room TV: the latest call in big letters, the calls before it, and how many wait per
 * service. Updated by push the moment a ticket is called, with a chime. Shows ticket numbers and
 * counters only, never a name. The language can be fixed in the URL ({@code ?lang=fr}).
 */
@Route("display/:center")
@AnonymousAllowed
public class DisplayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int LAST_CALLS = 6;

    private final Catalog catalog;
    private final Tickets tickets;
    private final QueueUpdates updates;
    private @Nullable Center center;
    private Map<Long, Counter> counters = Map.of();
    private final Div currentCall = new Div();
    private final Div previousCalls = new Div();
    private final Div waiting = new Div();
    /** Each service's waiting count, a text changed in place; the call lines the same way. */
    private final Map<Long, Text> waitingCounts = new LinkedHashMap<>();
    /** The services whose tickets this screen already knows where to count (or not to). */
    private final Set<Long> servicesHeardOf = new HashSet<>();
    /** Counters the screen did not know and read the center's counters again for: once each. */
    private final Set<Long> countersAskedAbout = new HashSet<>();
    private @Nullable CallLine currentLine;
    private final List<CallLine> previousLines = new ArrayList<>();
    private final WhileAttached live;

    public DisplayView(Catalog catalog, Tickets tickets, QueueUpdates updates) {
        UnattendedScreen.keepOpen(this);
        this.catalog = catalog;
        this.tickets = tickets;
        this.updates = updates;
        addClassName("display-view");
        currentCall.addClassName("display-current");
        previousCalls.addClassName("display-previous");
        waiting.addClassName("display-waiting");
        live = WhileAttached.subscribe(this, ui -> {
            Center here = center;
            if (here == null) {
                return null;
            }
            ui.getPage().addJavaScript("scripts/chime.js");
            return updates.subscribe(here.id(), change -> ui.access(() -> refresh(
                    change.kind() == QueueChanged.Kind.CALLED || change.kind() == QueueChanged.Kind.RECALLED)));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("lang").flatMap(HubLanguage::ofTag)
                .ifPresent(language -> {
                    event.getUI().setLocale(language.locale());
                    LanguageDirection.apply(event.getUI());
                });
        String code = event.getRouteParameters().get("center").orElse("");
        removeAll();
        center = catalog.centerByCode(code).orElse(null);
        Center here = center;
        if (here == null) {
            add(new CenterNotFound(code));
            live.renew(); // hears no center any more
            return;
        }
        readCounters(here);
        H1 title = new H1(here.name().in(language()));
        Div header = new Div(title, new LanguageSwitcher());
        header.addClassName("display-header");
        H2 previousTitle = new H2(getTranslation("display.previous"));
        Div side = new Div(previousTitle, previousCalls);
        side.addClassName("display-side");
        add(header, currentCall, side, waiting);
        currentCall.removeAll();
        currentLine = null;
        previousCalls.removeAll();
        previousLines.clear();
        drawWaitingLines(here);
        refresh(false);
        live.renew(); // the same screen sent to another center hears that one from now on
    }

    /** A line per service the center offers, its count a text changed in place. */
    private void drawWaitingLines(Center here) {
        waiting.removeAll();
        waitingCounts.clear();
        servicesHeardOf.clear();
        for (SocialService service : catalog.servicesAt(here.id())) {
            Text count = new Text("");
            Span line = new Span(Pictograms.of(service.pictogram()), new Span(service.name().in(language())), new Span(count));
            line.addClassName("display-waiting-line");
            waiting.add(line);
            waitingCounts.put(service.id(), count);
        }
        servicesHeardOf.addAll(waitingCounts.keySet());
    }

    private void readCounters(Center here) {
        counters = catalog.countersAt(here.id()).stream().collect(Collectors.toMap(Counter::id, Function.identity()));
    }

    /**
     * Shows the center's board as of its latest change, read once for every display of the center on
     * this node. Changes only what changed, in place: a call moves the numbers and counters down the
     * lines already on the screen (a text each) rather than drawing the lines again, and a new ticket
     * changes one count; so a push carries about a kilobyte, not the whole board (issue 18).
     * {@code chime} when a ticket was just called.
     */
    void refresh(boolean chime) {
        Center here = center;
        if (here == null) {
            return;
        }
        Tickets.Board board = tickets.board(here.id());
        if (!servicesHeardOf.containsAll(board.waiting().keySet())) {
            // a service offered since the screen opened (a TV stays open for months): its line drawn; one
            // no longer offered whose tickets still wait does not send the catalog a read at every change
            // (should it be offered again, its line comes with the screen's next load)
            drawWaitingLines(here);
            servicesHeardOf.addAll(board.waiting().keySet());
        }
        List<Ticket> calls = board.lastCalls().stream().limit(LAST_CALLS + 1).toList();
        showCalls(calls); // a text that did not change is not sent again
        waitingCounts.forEach((service, count) -> set(count,
                getTranslation("display.waitingCount", Map.of("count", board.waiting().getOrDefault(service, 0)))));
        if (chime) {
            currentCall.getElement().executeJs("window.hubChime && window.hubChime()");
        }
    }

    /** The latest call in the big line, the ones before it below; lines are added or removed only as their number changes. */
    private void showCalls(List<Ticket> calls) {
        if (calls.isEmpty()) {
            if (currentLine != null || currentCall.getComponentCount() == 0) {
                currentLine = null;
                currentCall.removeAll();
                currentCall.add(new Span(getTranslation("display.noCall")));
            }
        } else {
            if (currentLine == null) {
                currentLine = new CallLine("display-call-current");
                currentCall.removeAll();
                currentCall.add(currentLine.row);
            }
            currentLine.show(calls.getFirst());
        }
        int previous = Math.max(0, calls.size() - 1);
        while (previousLines.size() > previous) {
            previousCalls.remove(previousLines.removeLast().row);
        }
        while (previousLines.size() < previous) {
            CallLine line = new CallLine("display-call");
            previousLines.add(line);
            previousCalls.add(line.row);
        }
        for (int i = 0; i < previous; i++) {
            previousLines.get(i).show(calls.get(i + 1));
        }
    }

    /** One line of the calls: the number and the counter, each a text changed in place. */
    private final class CallLine {

        final Div row = new Div();
        final Text number = new Text("");
        final Text where = new Text("");

        CallLine(String style) {
            Isolated numberBox = new Isolated("");
            numberBox.add(number);
            numberBox.addClassName("call-number");
            Span arrow = new Span(getTranslation("display.goTo"));
            arrow.addClassName("call-arrow");
            Span whereBox = new Span(where);
            whereBox.addClassName("call-counter");
            row.add(numberBox, arrow, whereBox);
            row.addClassName(style);
        }

        void show(Ticket ticket) {
            set(number, ticket.number().toString());
            Counter counter = ticket.counterId() == null ? null : counterOf(ticket.counterId());
            set(where, counter == null ? "" : getTranslation("counter.label", Map.of("counter", counter.label())));
        }
    }

    /** The counter by its id; read again once for a counter opened since the screen did. */
    private @Nullable Counter counterOf(long id) {
        Center here = center;
        if (!counters.containsKey(id) && here != null && countersAskedAbout.add(id)) {
            readCounters(here);
        }
        return counters.get(id);
    }

    /** Sends a text only when it changed: the same text again would still cost the push a change. */
    private static void set(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
        }
    }

    private HubLanguage language() {
        return HubLanguage.orDefault(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title");
    }
}
