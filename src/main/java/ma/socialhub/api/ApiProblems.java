package ma.socialhub.api;

import java.util.Locale;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns API failures into RFC 9457 problem details, in the caller's language (Accept-Language). Nothing internal (no stack trace, no SQL) ever reaches the body.
 */
@RestControllerAdvice(assignableTypes = {TicketApi.class, AppointmentApi.class, HsdsApi.class})
class ApiProblems {

    private final HubTranslations translations;

    ApiProblems(HubTranslations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> expected(ApiProblem problem, Locale locale) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        if (problem instanceof ApiProblem.TooManyRequests tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
        }
        if (problem instanceof ApiProblem.Unauthorized) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"smart-social-hub\"");
        }
        ProblemDetail detail = detail(problem.status(), problem.key(), locale);
        if (problem instanceof ApiProblem.InvalidBody invalid) {
            detail.setProperty("errors", invalid.fields().stream().distinct()
                    .collect(Collectors.toMap(field -> field, field -> text(fieldKey(field), locale))));
        }
        return response.body(detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(Exception e, Locale locale) {
        return ResponseEntity.badRequest().body(detail(HttpStatus.BAD_REQUEST, "api.badParameter", locale));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        return ResponseEntity.badRequest().body(detail(HttpStatus.BAD_REQUEST, "api.unreadableBody", locale));
    }

    /** A problem response outside the exception path (a lookup that found nothing). */
    ResponseEntity<ProblemDetail> response(HttpStatus status, String key, Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, key, locale));
    }

    private ProblemDetail detail(HttpStatus status, String key, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, text(key, locale));
        detail.setTitle(status.getReasonPhrase());
        detail.setProperty("code", key);
        return detail;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, HubLanguage.orDefault(locale).locale());
    }

    private static String fieldKey(String field) {
        return "api.field." + field;
    }
}
