package ma.socialhub.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Loads many people at once for load tests and benchmarks (the volume generator): identifiers are
 * encrypted and hashed, names normalised, exactly as a registration at the counter does, but the
 * rows go in with PostgreSQL's COPY, a hundred thousand a second instead of a few hundred. Each
 * person is known at their center and has given consent to a file and to sharing. Not a path for
 * real people: it leaves no trail in the personal-data audit.
 */
@Component
public class PeopleBulkLoad {

    /** One generated person: names in both scripts, sex, birth year, identifiers as typed. */
    public record Person(long centerId, String firstNameAr, String lastNameAr, String firstNameLatin, String lastNameLatin, Sex sex,
            int birthYear, @Nullable String nationalId, @Nullable String phone, int provinceId, String situations) {
    }

    private final PeopleCopy copy;

    PeopleBulkLoad(PeopleCopy copy) {
        this.copy = copy;
    }

    /** Inserts {@code people}, registered by {@code staffId} at {@code at}; returns their ids in order. */
    public List<Long> load(List<Person> people, long staffId, Instant at, LocalDate consentUntil) {
        return copy.load(people, staffId, at, consentUntil);
    }
}
