package ma.socialhub.base.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Free or fix the data folder, or point the hub at a PostgreSQL server with SPRING_DATASOURCE_URL.",
                cause);
    }
}
