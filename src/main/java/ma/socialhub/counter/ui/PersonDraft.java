package ma.socialhub.counter.ui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.ConsentStatus;
import ma.socialhub.intake.DisabilityType;
import ma.socialhub.intake.Education;
import ma.socialhub.intake.Employment;
import ma.socialhub.intake.Literacy;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.jspecify.annotations.Nullable;

/**
 * What is typed in a person's form, field by field, as {@link PersonForm}'s binder reads and writes
 * it: mutable, so that a wrong value is kept as typed; plain fields, as it is only the form's scratch
 * pad. {@link #details()} is what is sent, without the health fields the person did not agree to and
 * without a social registry identifier for a person not registered there.
 */
final class PersonDraft {

    boolean consentProcessing;
    boolean consentSensitive;
    boolean consentSharing;
    String firstNameAr = "";
    String lastNameAr = "";
    String firstNameLatin = "";
    String lastNameLatin = "";
    @Nullable Sex sex;
    @Nullable LocalDate birthDate;
    @Nullable Integer birthYear;
    String nationalId = "";
    String phone = "";
    @Nullable Integer provinceId;
    String commune = "";
    @Nullable Integer householdSize;
    Set<Situation> situations = Set.of();
    @Nullable DisabilityType disabilityType;
    boolean chronicIllness;
    boolean pregnant;
    @Nullable Literacy literacy;
    @Nullable Education education;
    @Nullable Employment employment;
    @Nullable RsuStatus rsuStatus = RsuStatus.UNKNOWN;
    String rsuId = "";

    /** A saved file and the consent the person gave; a birth year is shown only when the date is unknown. */
    static PersonDraft of(PersonalDetails d, ConsentStatus consent) {
        PersonDraft draft = new PersonDraft();
        draft.consentProcessing = consent.covers(ConsentScope.PROCESSING);
        draft.consentSensitive = consent.covers(ConsentScope.SENSITIVE);
        draft.consentSharing = consent.covers(ConsentScope.SHARING);
        draft.firstNameAr = d.firstNameAr();
        draft.lastNameAr = d.lastNameAr();
        draft.firstNameLatin = d.firstNameLatin();
        draft.lastNameLatin = d.lastNameLatin();
        draft.sex = d.sex();
        draft.birthDate = d.birthDate();
        draft.birthYear = d.birthDate() == null ? d.birthYear() : null;
        draft.nationalId = d.nationalId();
        draft.phone = d.phone();
        draft.provinceId = d.provinceId();
        draft.commune = d.commune();
        draft.householdSize = d.householdSize();
        draft.situations = d.situations();
        draft.disabilityType = d.disabilityType();
        draft.chronicIllness = Boolean.TRUE.equals(d.chronicIllness());
        draft.pregnant = Boolean.TRUE.equals(d.pregnant());
        draft.literacy = d.literacy();
        draft.education = d.education();
        draft.employment = d.employment();
        draft.rsuStatus = d.rsuStatus();
        draft.rsuId = d.rsuId();
        return draft;
    }

    PersonalDetails details() {
        boolean sensitive = consentSensitive;
        RsuStatus rsu = rsuStatus == null ? RsuStatus.UNKNOWN : rsuStatus;
        return new PersonalDetails(firstNameAr, lastNameAr, firstNameLatin, lastNameLatin, sex, birthDate, birthYear,
                nationalId, phone, provinceId, commune, householdSize, situations, sensitive ? disabilityType : null,
                sensitive && chronicIllness ? Boolean.TRUE : null, sensitive && pregnant ? Boolean.TRUE : null, literacy,
                education, employment, rsu, rsu == RsuStatus.REGISTERED ? rsuId : "");
    }

    /** What the person agrees to, as ticked. */
    Set<ConsentScope> consent() {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (consentProcessing) {
            scopes.add(ConsentScope.PROCESSING);
        }
        if (consentSensitive) {
            scopes.add(ConsentScope.SENSITIVE);
        }
        if (consentSharing) {
            scopes.add(ConsentScope.SHARING);
        }
        return scopes;
    }
}
