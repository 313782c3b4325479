package ma.socialhub.base.security;

/**
 * The node cannot use the data key it was given (none, a wrong one, another node's): it must not
 * start. Spring Boot's start-up report says why and what to do ({@link DataKeyFailureAnalyzer}).
 */
public class DataKeyProblem extends IllegalStateException {

    DataKeyProblem(String message) {
        super(message);
    }

    DataKeyProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
