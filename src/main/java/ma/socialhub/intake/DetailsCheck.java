package ma.socialhub.intake;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a person's form must meet, each with the translation key of its message. The form
 * shows them next to the fields (nothing typed is lost) and the service checks them again before
 * anything is saved.
 *
 * <p>Names are letters of their script, spaces, hyphens, apostrophes and dots, at most 100
 * characters: digits, markup ({@code <script>}) and SQL punctuation are refused with a message,
 * and so are the invisible Unicode direction controls, which could make a name display as another.
 * Free text (the commune) is kept verbatim and always shown escaped, but it too refuses control
 * characters.
 */
public final class DetailsCheck {

    public static final int NAME_MAX = 100;
    public static final int COMMUNE_MAX = 100;
    /** LRM, RLM, ALM and the embedding, override and isolate controls. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");
    private static final Pattern ARABIC_NAME = Pattern.compile("^[\\p{IsArabic}\\p{M}' .\\-]+$");
    private static final Pattern LATIN_NAME = Pattern.compile("^[\\p{IsLatin}\\p{M}' .\\-’]+$");

    private DetailsCheck() {
    }

    /** Every problem of the form, by field; empty when it can be saved. */
    public static Map<DetailField, String> problems(PersonalDetails d, LocalDate today) {
        Map<DetailField, String> problems = new EnumMap<>(DetailField.class);
        name(d.firstNameAr(), ARABIC_NAME, "intake.error.name.arabic").ifPresentTo(problems, DetailField.FIRST_NAME_AR);
        name(d.lastNameAr(), ARABIC_NAME, "intake.error.name.arabic").ifPresentTo(problems, DetailField.LAST_NAME_AR);
        name(d.firstNameLatin(), LATIN_NAME, "intake.error.name.latin").ifPresentTo(problems, DetailField.FIRST_NAME_LATIN);
        name(d.lastNameLatin(), LATIN_NAME, "intake.error.name.latin").ifPresentTo(problems, DetailField.LAST_NAME_LATIN);
        boolean arabicName = !d.firstNameAr().isBlank() || !d.lastNameAr().isBlank();
        boolean latinName = !d.firstNameLatin().isBlank() || !d.lastNameLatin().isBlank();
        if (!arabicName && !latinName) {
            problems.putIfAbsent(DetailField.FIRST_NAME_AR, "intake.error.name.required");
            problems.putIfAbsent(DetailField.FIRST_NAME_LATIN, "intake.error.name.required");
        }
        if (d.birthDate() != null) {
            if (d.birthDate().isAfter(today)) {
                problems.put(DetailField.BIRTH_DATE, "intake.error.birth.future");
            } else if (d.birthDate().getYear() < today.getYear() - 120) {
                problems.put(DetailField.BIRTH_DATE, "intake.error.birth.tooOld");
            }
            if (d.birthYear() != null && d.birthYear() != d.birthDate().getYear()) {
                problems.put(DetailField.BIRTH_YEAR, "intake.error.birth.yearMismatch");
            }
        } else if (d.birthYear() != null) {
            if (d.birthYear() > today.getYear()) {
                problems.put(DetailField.BIRTH_YEAR, "intake.error.birth.future");
            } else if (d.birthYear() < today.getYear() - 120) {
                problems.put(DetailField.BIRTH_YEAR, "intake.error.birth.tooOld");
            }
        }
        if (!d.nationalId().isBlank() && NationalId.parse(d.nationalId()).isEmpty()) {
            problems.put(DetailField.NATIONAL_ID, "intake.error.nationalId");
        } else if (!d.nationalId().isBlank() && d.birthDate() == null) {
            // the card carries both: together they prove the person (docs/adr/0017)
            problems.putIfAbsent(DetailField.BIRTH_DATE, "intake.error.birth.withCard");
        }
        if (!d.phone().isBlank() && PhoneNumber.parse(d.phone()).isEmpty()) {
            problems.put(DetailField.PHONE, "intake.error.phone");
        }
        if (d.commune().length() > COMMUNE_MAX) {
            problems.put(DetailField.COMMUNE, "intake.error.tooLong");
        } else if (CONTROLS.matcher(d.commune()).find() || BIDI_CONTROLS.matcher(d.commune()).find()) {
            problems.put(DetailField.COMMUNE, "intake.error.invisible");
        }
        if (d.householdSize() != null && (d.householdSize() < 1 || d.householdSize() > 30)) {
            problems.put(DetailField.HOUSEHOLD_SIZE, "intake.error.household");
        }
        if (Boolean.TRUE.equals(d.pregnant()) && d.sex() == Sex.M) {
            problems.put(DetailField.PREGNANT, "intake.error.pregnantMale");
        }
        if (d.rsuStatus() == RsuStatus.REGISTERED && !d.rsuId().isBlank() && RsuIdentifier.parse(d.rsuId()).isEmpty()) {
            problems.put(DetailField.RSU_ID, "intake.error.rsuId");
        } else if (d.rsuStatus() != RsuStatus.REGISTERED && !d.rsuId().isBlank()) {
            problems.put(DetailField.RSU_ID, "intake.error.rsuIdWithoutRegistration");
        }
        return problems;
    }

    private static Problem name(String name, Pattern script, String scriptKey) {
        if (name.isBlank()) {
            return Problem.NONE;
        }
        if (name.length() > NAME_MAX) {
            return new Problem("intake.error.tooLong");
        }
        if (BIDI_CONTROLS.matcher(name).find() || CONTROLS.matcher(name).find()) {
            return new Problem("intake.error.invisible");
        }
        return script.matcher(name.strip()).matches() ? Problem.NONE : new Problem(scriptKey);
    }

    private record Problem(String key) {

        static final Problem NONE = new Problem("");

        void ifPresentTo(Map<DetailField, String> problems, DetailField field) {
            if (!key.isEmpty()) {
                problems.put(field, key);
            }
        }
    }
}
