package ma.socialhub.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address citizens' phones reach the hub at, for links printed in QR codes. Configured with
 * {@code hub.public-url} behind a proxy; otherwise taken from the request the kiosk made.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${hub.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    public String of(String path) {
        if (!configured.isBlank()) {
            return configured + path;
        }
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return path;
        }
        HttpServletRequest http = current.getHttpServletRequest();
        String scheme = http.getScheme();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath() + path;
    }
}
