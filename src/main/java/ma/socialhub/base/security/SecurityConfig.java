package ma.socialhub.base.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import ma.socialhub.base.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: Vaadin's configurer (CSRF, navigation access control on every view) plus method
 * security, so that services check roles again behind the views. Views are denied unless annotated;
 * only the citizen screens (kiosk, display, phone page) and the login are anonymous.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

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
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
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
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working when the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
