package ma.socialhub.home;

import java.util.List;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where each screen is once the hub is up, so that a new user knows what to open. */
@Component
class ScreenAddresses {

    private static final Logger log = LoggerFactory.getLogger(ScreenAddresses.class);
    private static final int LISTED_CENTERS = 12;

    private final Catalog catalog;
    private final boolean demoSecrets;

    ScreenAddresses(Catalog catalog, @Value("${hub.kiosk.demo-secrets:false}") boolean demoSecrets) {
        this.catalog = catalog;
        this.demoSecrets = demoSecrets;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String base = "http://localhost:" + web.getWebServer().getPort();
        StringBuilder text = new StringBuilder("\n\n  Smart Social Hub is up.\n");
        text.append("  Sign in (staff):     ").append(base).append("/login\n");
        text.append("  Counter (AGENT):     ").append(base).append("/counter\n");
        List<Center> centers = catalog.activeCenters();
        centers.stream().limit(LISTED_CENTERS).forEach(c -> text
                .append("  ").append(c.code()).append(":\n")
                .append("      kiosk            ").append(base).append("/kiosk/").append(c.code())
                .append(demoSecrets ? "   (registration code: demo-" + c.code() + "-entrance)" : "").append('\n')
                .append("      display          ").append(base).append("/display/").append(c.code()).append('\n'));
        if (centers.isEmpty()) {
            text.append("  No center yet: add centers in Administration, or run the demo (./mvnw spring-boot:run).\n");
        } else if (centers.size() > LISTED_CENTERS) {
            text.append("  ... and ").append(centers.size() - LISTED_CENTERS).append(" more centers.\n");
        }
        log.info(text.toString());
    }
}
