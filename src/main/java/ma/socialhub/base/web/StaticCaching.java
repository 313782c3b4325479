package ma.socialhub.base.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Long cache lifetimes for files whose name changes with their content (issue 18): the client's
 * script under {@code /VAADIN/build/} (Vite puts a hash in each name) and the shipped fonts (a new
 * subset gets a new name, fonts/README.md). Vaadin gives them an hour, so a kiosk on a weak link or
 * a citizen on prepaid data would ask again for ~400 KB every hour; a year, immutable, asks never.
 * Style sheets already carry Vaadin's content version ({@code ?v-c=}) and a year.
 */
@Configuration
class StaticCaching {

    static final String FOREVER = "public, max-age=31536000, immutable";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> versionedFilesCachedForAYear() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Cache-Control", FOREVER);
                chain.doFilter(request, new Forever(response));
            }
        });
        registration.addUrlPatterns("/VAADIN/build/*", "/fonts/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Keeps the year whatever the file server behind says, and drops the "expired" that security headers add. */
    private static final class Forever extends HttpServletResponseWrapper {

        Forever(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!ours(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!ours(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!ours(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!ours(name)) {
                super.addDateHeader(name, date);
            }
        }

        // a name that is no file gets Vaadin's page (200, HTML): that answer is not kept for a year
        @Override
        public void setContentType(String type) {
            if (type != null && type.startsWith("text/html")) {
                ((HttpServletResponse) getResponse()).setHeader("Cache-Control", "no-store");
            }
            super.setContentType(type);
        }

        // nor is a missing file's error
        @Override
        public void setStatus(int status) {
            notForever(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            notForever(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            notForever(status);
            super.sendError(status, message);
        }

        private void notForever(int status) {
            if (status >= 300) {
                ((HttpServletResponse) getResponse()).setHeader("Cache-Control", "no-store");
            }
        }

        private static boolean ours(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name);
        }
    }
}
