package ma.socialhub.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every failure under {@code /api/} an RFC 9457 problem detail in the caller's language —
 * never an HTML page and never a redirect to the sign-in page, which is what a caller got for an
 * unexpected exception, a status sent with {@code sendError} (which Tomcat turns into an error
 * page that the screens' security then redirected), or a request Tomcat itself refused.
 *
 * <p>It runs first, before security, on requests and on error dispatches: an exception is
 * answered 500 (logged here, never shown), a {@code sendError} is answered with its status, and an
 * error dispatch of an API address with the status Tomcat gave it. What the API's own handlers
 * answer ({@link ApiProblems}) passes through untouched.
 */
public class ApiErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    static final String PREFIX = "/api/";

    private final HubTranslations translations;
    private final JsonMapper json;

    ApiErrors(HubTranslations translations, JsonMapper json) {
        this.translations = translations;
        this.json = json;
    }

    /** Whether this request (or the request an error dispatch is about) is an API request. */
    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith(PREFIX);
    }

    /**
     * The path as the application routes it: decoded and normalised (Tomcat's servlet path and path
     * info), so that {@code /%61pi/...}, which Spring MVC serves as {@code /api/...}, is an API request
     * here too. For an error dispatch, the path of the request it is about, decoded likewise.
     */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getDispatcherType() == DispatcherType.ERROR && original != null) {
            UrlPathHelper paths = UrlPathHelper.defaultInstance;
            String uri = paths.removeSemicolonContent(paths.decodeRequestString(request, original.toString()));
            String context = request.getContextPath();
            return uri.startsWith(context) ? uri.substring(context.length()) : uri;
        }
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApi(request);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            write(request, response, status instanceof Integer code ? code : 500);
            return;
        }
        ProblemOnError wrapped = new ProblemOnError(request, response);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
            response.reset();
            write(request, response, 500);
        }
    }

    /** The translated text of an error status: its own where the hub has one, else the general 400 or 500. */
    static String keyFor(int status) {
        return switch (status) {
            case 400, 404, 405, 406, 413, 414, 415, 429, 431, 503 -> "api.error." + status;
            default -> status >= 500 ? "api.error.500" : "api.error.400";
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        int code = known == null ? 500 : status;
        String key = keyFor(code);
        Locale locale = HubLanguage.orDefault(request.getLocale()).locale();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", code);
        problem.put("detail", translations.getTranslation(key, locale));
        problem.put("code", key);
        response.setStatus(code);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }

    /** Answers a {@code sendError} of the application with a problem at once, instead of an error page. */
    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            sendError(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            resetBuffer();
            write(request, (HttpServletResponse) getResponse(), sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            // nothing under /api/ redirects: a redirect here is the screens' security, misapplied
            sendError(401);
        }
    }
}
