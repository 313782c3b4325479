package ma.socialhub.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whatever under {@code /api/} no endpoint answers: a 404 problem, or 405 with {@code Allow} when
 * the address exists for other methods. Without it the screens' servlet takes the request and
 * answers 200 with the application's HTML page, which an API caller cannot make sense of.
 */
@Hidden
@RestController
class ApiNotFound {

    private final RequestMappingHandlerMapping mappings;
    private final ApiProblems problems;

    ApiNotFound(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, ApiProblems problems) {
        this.mappings = mappings;
        this.problems = problems;
    }

    @RequestMapping({"/api/**"})
    ResponseEntity<ProblemDetail> nothingHere(HttpServletRequest request, Locale locale) {
        Set<String> allowed = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType() != ApiNotFound.class && matchesPath(info, request)) {
                info.getMethodsCondition().getMethods().forEach(m -> allowed.add(m.name()));
            }
        });
        if (allowed.isEmpty()) {
            return problems.response(HttpStatus.NOT_FOUND, "api.error.404", locale);
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.response(HttpStatus.METHOD_NOT_ALLOWED, "api.error.405", locale).getBody());
    }

    private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
        return info.getPathPatternsCondition() != null && info.getPathPatternsCondition().getMatchingCondition(request) != null;
    }
}
