package ma.socialhub.intake;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an agent types about a person, as typed: identifiers are raw text here and are parsed by
 * {@link DetailsCheck}, so that a wrong value comes back with a message instead of being lost.
 * Empty text means "not given".
 */
public record PersonalDetails(
        String firstNameAr,
        String lastNameAr,
        String firstNameLatin,
        String lastNameLatin,
        @Nullable Sex sex,
        @Nullable LocalDate birthDate,
        @Nullable Integer birthYear,
        String nationalId,
        String phone,
        @Nullable Integer provinceId,
        String commune,
        @Nullable Integer householdSize,
        Set<Situation> situations,
        @Nullable DisabilityType disabilityType,
        @Nullable Boolean chronicIllness,
        @Nullable Boolean pregnant,
        @Nullable Literacy literacy,
        @Nullable Education education,
        @Nullable Employment employment,
        RsuStatus rsuStatus,
        String rsuId) {

    public PersonalDetails {
        situations = Set.copyOf(situations);
    }

    /** Whether any health-related field is filled: those need the consent to sensitive data. */
    public boolean hasSensitiveData() {
        return situations.stream().anyMatch(Situation::sensitive) || disabilityType != null
                || Boolean.TRUE.equals(chronicIllness) || Boolean.TRUE.equals(pregnant);
    }

    /** The birth year given directly or through the birth date. */
    public @Nullable Integer effectiveBirthYear() {
        return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear;
    }
}
