package ma.socialhub.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a kiosk browser keeps its device credential: in an HttpOnly cookie (and the session), so
 * that a restarted kiosk still proves itself. The credential reaches the browser by a one-time
 * registration code typed on the kiosk, or — for kiosks whose lock-down software can add it — in
 * the {@value #HEADER} header; never in the address, which proxies and histories keep.
 *
 * <p>A credential that does not prove a kiosk never replaces one that does: the caller checks each
 * candidate and {@link #remember}s only the one that opened the kiosk.
 */
final class KioskCredential {

    static final String COOKIE = "hub-kiosk";
    static final String HEADER = "X-Kiosk-Credential";
    private static final String ATTRIBUTE = "hub.kioskCredential";

    private KioskCredential() {
    }

    /** What this browser offers, in order: the header, the session, the cookie. */
    static List<String> candidates() {
        List<String> found = new ArrayList<>();
        VaadinRequest request = VaadinRequest.getCurrent();
        String header = request == null ? null : request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            found.add(header.strip());
        }
        if (VaadinSession.getCurrent().getAttribute(ATTRIBUTE) instanceof String credential) {
            found.add(credential);
        }
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).forEach(found::add);
        }
        return found.stream().distinct().toList();
    }

    /** Keeps a credential that proved this kiosk, for this session and the next start of the browser. */
    static void remember(String credential) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, credential);
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, credential);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(3650).toSeconds());
            cookie.setSecure(request != null && request.isSecure());
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
    }
}
