package ma.socialhub.base.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.HashMap;
import java.util.Map;
import ma.socialhub.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Web security: Vaadin's configurer (CSRF, navigation access control on every view) plus method
 * security, so that services check roles again behind the views. Views are denied unless annotated;
 * only the citizen screens (kiosk, display, phone page) and the login are anonymous.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * Health and metrics, on the management port only (kept off the public network, see
     * docs/deployment.md): open to the load balancer and Prometheus, without a session. The same
     * paths on the public port fall to the screens' chain, which has no such page: "page not found".
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The integration API: stateless, no session and no CSRF token (callers prove themselves with a
     * kiosk credential on every request, checked by the API itself); its description is public.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // the hub's own static files: styles, the display chime, fonts and pictograms are public
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/styles/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/scripts/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/fonts/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/pictograms/**"))
                .permitAll());
        // an address that is no screen reaches Vaadin, which shows the translated "page not found"
        // (with a 404) instead of a bare 403; every screen still checks its own roles on navigation
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login").anyRequest(AuthorizedUrl::permitAll));
        // a locked account or address says so, a node busy checking passwords says to try again;
        // any other failure says only that sign-in failed
        http.formLogin(form -> form.failureHandler((request, response, exception) -> response.sendRedirect(
                request.getContextPath() + (exception instanceof LockedException ? "/login?locked"
                        : exception instanceof AuthenticationServiceException
                                && !(exception instanceof InternalAuthenticationServiceException)
                                ? "/login?busy" : "/login?error"))));
        http.headers(headers -> headers
                // written before the request goes on: Vaadin's pages are forwarded to its servlet, and a
                // forward commits the response past the point where late headers could be added
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * What pages may load. Vaadin's client needs inline and evaluated scripts and inline styles;
     * everything else comes from the hub itself (fonts, pictograms, the QR decoder are shipped), push
     * runs over WebSocket to the same host, pictures may be data: URLs (QR codes), and no site may
     * frame the hub.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; media-src 'self' blob: mediastream:; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The camera for the counter's scan, from the hub itself only; nothing else. */
    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

    /** Tells the application when a session ends (a counter its agent held closes then). */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Argon2id (OWASP's first choice) for new and re-hashed passwords; hashes made with another
     * algorithm (bcrypt before) still verify and are upgraded at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders);
    }
}
