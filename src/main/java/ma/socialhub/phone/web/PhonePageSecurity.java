package ma.socialhub.phone.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The phone pages' own chain: public, no session, no cookie, and so no CSRF token — the page's
 * unguessable link is what a form needs to know, and a site elsewhere does not know it. Their
 * Content-Security-Policy comes with each page (it names the hashes of the page's inline style and
 * script, and allows nothing else).
 */
@Configuration
class PhonePageSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain phonePagesFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/t/**", "/m/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
