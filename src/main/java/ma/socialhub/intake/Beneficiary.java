package ma.socialhub.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * A person's file as staff see it. {@code details} holds the identifiers in clear and normalised
 * (the ID card in upper case, the phone as people write it), ready to fill the form again;
 * {@code version} is what an update must name, so two agents editing at once cannot overwrite
 * each other.
 */
public record Beneficiary(long id, long registeredCenterId, PersonalDetails details, ConsentStatus consent,
        int version, Instant createdAt) {

    /** The Arabic name, else the Latin one. */
    public String displayName() {
        String arabic = (details.firstNameAr() + " " + details.lastNameAr()).strip();
        return arabic.isEmpty() ? (details.firstNameLatin() + " " + details.lastNameLatin()).strip() : arabic;
    }

    /** Age in whole years on {@code day}, from the birth date or, roughly, the birth year. */
    public @Nullable Integer ageOn(LocalDate day) {
        if (details.birthDate() != null) {
            return Period.between(details.birthDate(), day).getYears();
        }
        Integer year = details.birthYear();
        return year == null ? null : day.getYear() - year;
    }
}
