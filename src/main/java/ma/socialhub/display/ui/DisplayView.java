package ma.socialhub.display.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private List<SocialService> services = List.of();
    private final Div currentCall = new Div();
    private final Div previousCalls = new Div();
    private final Div waiting = new Div();
    /** What the screen shows now: its calls (id, counter, time called) and each service's waiting count. */
    private @Nullable List<String> shownCalls;
    private final Map<Long, Span> waitingCounts = new LinkedHashMap<>();

    public DisplayView(Catalog catalog, Tickets tickets, QueueUpdates updates) {
        UnattendedScreen.keepOpen(this);
        this.catalog = catalog;
        this.tickets = tickets;
        this.updates = updates;
        addClassName("display-view");
        currentCall.addClassName("display-current");
        previousCalls.addClassName("display-previous");
        waiting.addClassName("display-waiting");
        WhileAttached.subscribe(this, ui -> {
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
            return;
        }
        counters = catalog.countersAt(here.id()).stream().collect(Collectors.toMap(Counter::id, Function.identity()));
        services = catalog.servicesAt(here.id());
        H1 title = new H1(here.name().in(language()));
        Div header = new Div(title, new LanguageSwitcher());
        header.addClassName("display-header");
        H2 previousTitle = new H2(getTranslation("display.previous"));
        Div side = new Div(previousTitle, previousCalls);
        side.addClassName("display-side");
        add(header, currentCall, side, waiting);
        shownCalls = null; // nothing drawn yet: the first refresh draws the calls, "no call yet" included
        waiting.removeAll();
        waitingCounts.clear();
        for (SocialService service : services) {
            Span count = new Span();
            Span line = new Span(Pictograms.of(service.pictogram()), new Span(service.name().in(language())), count);
            line.addClassName("display-waiting-line");
            waiting.add(line);
            waitingCounts.put(service.id(), count);
        }
        refresh(false);
    }

    /**
     * Shows the center's board as of its latest change, read once for every display of the center on
     * this node; changes only what changed, so that a push carries a new call or a new count and not
     * the whole screen. {@code chime} when a ticket was just called.
     */
    void refresh(boolean chime) {
        Center here = center;
        if (here == null) {
            return;
        }
        Tickets.Board board = tickets.board(here.id());
        List<Ticket> calls = board.lastCalls().stream().limit(LAST_CALLS + 1).toList();
        List<String> shown = calls.stream().map(t -> t.id() + "@" + t.counterId() + "@" + t.lastCalledAt()).toList();
        if (!shown.equals(shownCalls)) {
            shownCalls = shown;
            currentCall.removeAll();
            if (calls.isEmpty()) {
                currentCall.add(new Span(getTranslation("display.noCall")));
            } else {
                currentCall.add(callRow(calls.getFirst(), "display-call-current"));
            }
            previousCalls.removeAll();
            calls.stream().skip(1).forEach(t -> previousCalls.add(callRow(t, "display-call")));
        }
        waitingCounts.forEach((service, count) -> {
            String text = getTranslation("display.waitingCount", Map.of("count", board.waiting().getOrDefault(service, 0)));
            if (!text.equals(count.getText())) {
                count.setText(text);
            }
        });
        if (chime) {
            currentCall.getElement().executeJs("window.hubChime && window.hubChime()");
        }
    }

    private Div callRow(Ticket ticket, String style) {
        Isolated number = new Isolated(ticket.number().toString());
        number.addClassName("call-number");
        Counter counter = ticket.counterId() == null ? null : counters.get(ticket.counterId());
        Span arrow = new Span(getTranslation("display.goTo"));
        arrow.addClassName("call-arrow");
        Span where = new Span(counter == null ? "" : getTranslation("counter.label", Map.of("counter", counter.label())));
        where.addClassName("call-counter");
        Div row = new Div(number, arrow, where);
        row.addClassName(style);
        return row;
    }

    private HubLanguage language() {
        return HubLanguage.orDefault(getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.title");
    }
}
