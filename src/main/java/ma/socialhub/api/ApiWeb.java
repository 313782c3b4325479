package ma.socialhub.api;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import ma.socialhub.base.i18n.HubTranslations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Wires the API's own filters in front of everything else, security included. */
@Configuration
class ApiWeb {

    @Bean
    FilterRegistrationBean<ApiErrors> apiErrors(HubTranslations translations, JsonMapper json) {
        FilterRegistrationBean<ApiErrors> registration = new FilterRegistrationBean<>(new ApiErrors(translations, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Tomcat's error report, for requests it refuses before the application sees them, as a
     * problem detail: the host's default valve is replaced once the host has made it.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(HubTranslations translations) {
        return factory -> factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && event.getLifecycle() instanceof Context context
                    && context.getParent() != null) {
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                if (Arrays.stream(pipeline.getValves()).noneMatch(ProblemReportValve.class::isInstance)) {
                    pipeline.addValve(new ProblemReportValve(translations));
                }
            }
        });
    }

    /** Right after {@link ApiErrors}, so that its 429 is a problem detail too. */
    @Bean
    FilterRegistrationBean<AnonymousApiLimit> anonymousApiLimit(
            @Value("${hub.api.anonymous-per-minute:120}") int perMinute) {
        FilterRegistrationBean<AnonymousApiLimit> registration = new FilterRegistrationBean<>(new AnonymousApiLimit(perMinute));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
