package ma.socialhub.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back one address that reads the public, anonymous API (the HSDS catalogue, a ticket's
 * state) too fast: at most {@code perMinute} requests in a minute from an address, then 429 with
 * {@code Retry-After}, on each node. It is a guard against load, not against guessing (a ticket's
 * link is a signed token that cannot be guessed), so a count per node in memory is enough and costs
 * the database nothing. The addresses kept are bounded; the client's address is the one Tomcat
 * gives after {@code hub.trusted-proxies}.
 */
class AnonymousApiLimit extends OncePerRequestFilter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder().expireAfterWrite(WINDOW)
            .maximumSize(100_000).build();

    AnonymousApiLimit(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = ApiErrors.path(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !(path.startsWith("/api/hsds/") || (read && path.startsWith("/api/v1/tickets/")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AtomicInteger count = counts.get(request.getRemoteAddr(), address -> new AtomicInteger());
        if (count.incrementAndGet() > perMinute) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(WINDOW.toSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }
}
