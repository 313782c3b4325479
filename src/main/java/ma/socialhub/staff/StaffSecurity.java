package ma.socialhub.staff;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wires staff sign-in (throttled) and the end of revoked sessions into the web security. */
@Configuration
class StaffSecurity {

    @Bean
    AuthenticationProvider staffAuthentication(StaffDirectory staff, PasswordEncoder encoder, LoginThrottle throttle,
            @Value("${hub.login.concurrent-checks:4}") int concurrentChecks) {
        return new StaffAuthentication(staff, encoder, throttle, concurrentChecks);
    }

    /** After Spring Security's chain (order -100), which has loaded the signed-in person. */
    @Bean
    FilterRegistrationBean<SessionRevocation> sessionRevocation(StaffDirectory staff) {
        FilterRegistrationBean<SessionRevocation> registration = new FilterRegistrationBean<>(new SessionRevocation(staff));
        registration.setOrder(0);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
