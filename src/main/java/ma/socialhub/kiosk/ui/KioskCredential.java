package ma.socialhub.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a kiosk browser keeps its device credential: given once as {@code ?key=} when the kiosk is
 * set up, then kept in an HttpOnly cookie (and the session), so the address shown on the kiosk
 * carries no secret and a restarted kiosk still proves itself.
 */
final class KioskCredential {

    static final String COOKIE = "hub-kiosk";
    private static final String ATTRIBUTE = "hub.kioskCredential";

    private KioskCredential() {
    }

    /** The credential from the address (which is then remembered), the session or the cookie. */
    static Optional<String> find(Optional<String> fromAddress) {
        if (fromAddress.isPresent() && !fromAddress.get().isBlank()) {
            remember(fromAddress.get());
            return fromAddress;
        }
        Object inSession = VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        if (inSession instanceof String credential) {
            return Optional.of(credential);
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static void remember(String credential) {
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
