package ma.socialhub.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The expected failures of the API, each mapped to its status and a translated problem detail. */
abstract sealed class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String key;

    ApiProblem(HttpStatus status, String key) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
    }

    HttpStatus status() {
        return status;
    }

    String key() {
        return key;
    }

    static final class BadRequest extends ApiProblem {
        BadRequest(String key) {
            super(HttpStatus.BAD_REQUEST, key);
        }
    }

    static final class InvalidBody extends ApiProblem {
        private final List<String> fields;

        InvalidBody(List<String> fields) {
            super(HttpStatus.BAD_REQUEST, "api.invalidBody");
            this.fields = List.copyOf(fields);
        }

        List<String> fields() {
            return fields;
        }
    }

    static final class Unauthorized extends ApiProblem {
        Unauthorized() {
            super(HttpStatus.UNAUTHORIZED, "api.unauthorized");
        }
    }

    static final class Forbidden extends ApiProblem {
        Forbidden() {
            super(HttpStatus.FORBIDDEN, "api.forbidden");
        }
    }

    static final class NotFound extends ApiProblem {
        NotFound(String key) {
            super(HttpStatus.NOT_FOUND, key);
        }
    }

    static final class Conflict extends ApiProblem {
        Conflict(String key) {
            super(HttpStatus.CONFLICT, key);
        }
    }

    static final class Unprocessable extends ApiProblem {
        Unprocessable(String key) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, key);
        }
    }

    static final class KeyReused extends ApiProblem {
        KeyReused() {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "api.idempotencyKeyReused");
        }
    }

    static final class TooManyRequests extends ApiProblem {
        private final int retryAfterSeconds;

        TooManyRequests(int retryAfterSeconds) {
            this(retryAfterSeconds, "api.rateLimited");
        }

        TooManyRequests(int retryAfterSeconds, String key) {
            super(HttpStatus.TOO_MANY_REQUESTS, key);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
