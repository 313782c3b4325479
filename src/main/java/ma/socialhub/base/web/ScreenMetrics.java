package ma.socialhub.base.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@code hub.screens.open}: the Vaadin screens open on this node by kind (kiosk, counter, display,
 * supervision, other), from the view each browser tab shows; the phone pages add theirs. A tab counts from its first
 * navigation until Vaadin closes its UI (tab closed, heartbeats missed, session ended).
 */
@Component
class ScreenMetrics implements VaadinServiceInitListener {

    // the phone pages are not Vaadin's (ADR 0028): their open streams count themselves, kind "phone"
    static final List<String> KINDS = List.of("kiosk", "counter", "display", "supervision", "other");

    private final Map<UI, String> open = new ConcurrentHashMap<>();

    ScreenMetrics(MeterRegistry registry) {
        for (String kind : KINDS) {
            Gauge.builder("hub.screens.open", open, screens -> screens.values().stream().filter(kind::equals).count())
                    .description("Browser tabs open on this node, by kind of screen").tag("kind", kind).register(registry);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> open.put(ui,
                    kindOf(navigation.getActiveChain().getFirst().getClass().getPackageName())));
            ui.addDetachListener(detach -> open.remove(ui));
        });
    }

    /** The feature a view belongs to: {@code ma.socialhub.kiosk.ui} is a kiosk. */
    static String kindOf(String viewPackage) {
        for (String kind : KINDS) {
            if (viewPackage.startsWith("ma.socialhub." + kind + ".")) {
                return kind;
            }
        }
        return "other";
    }
}
