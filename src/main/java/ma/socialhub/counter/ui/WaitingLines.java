package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Pictograms;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Counter;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;

/** How many wait, per service this counter serves. */
class WaitingLines extends Div {

    private final Catalog catalog;
    private final Tickets tickets;

    WaitingLines(Catalog catalog, Tickets tickets) {
        this.catalog = catalog;
        this.tickets = tickets;
        addClassName("waiting-lines");
    }

    void show(@Nullable Counter counter) {
        removeAll();
        add(new H2(getTranslation("counter.waiting")));
        if (counter == null) {
            return;
        }
        if (counter.servesNothing()) {
            add(new Span(getTranslation("counter.servesNothing")));
            return;
        }
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Map<Long, Integer> counts = tickets.waitingCounts(counter.centerId());
        for (SocialService service : catalog.servicesAt(counter.centerId())) {
            if (!counter.serviceIds().contains(service.id())) {
                continue;
            }
            Div line = new Div(Pictograms.of(service.pictogram()), new Span(service.letter() + " · " + service.name().in(language)));
            Span count = new Span(getTranslation("counter.waitingCount", Map.of("count", counts.getOrDefault(service.id(), 0))));
            count.addClassName("waiting-count");
            line.add(count);
            line.addClassName("waiting-line");
            line.getElement().setAttribute("data-service", String.valueOf(service.letter()));
            add(line);
        }
    }
}
