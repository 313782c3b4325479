package ma.socialhub.base.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A node refused for its data key says so in Spring Boot's short "APPLICATION FAILED TO START" report, not in a stack trace. */
class DataKeyFailureAnalyzer extends AbstractFailureAnalyzer<DataKeyProblem> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataKeyProblem cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set HUB_DATA_KEY to the hub's data key (the same on every node, kept with the backups; see docs/deployment.md).",
                cause);
    }
}
