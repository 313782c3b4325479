package ma.socialhub.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import ma.socialhub.base.security.Roles;
import ma.socialhub.intake.PersonalDataAdmin;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.Visits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a person's request for their data: all of it, as JSON (for another system) or PDF (to
 * hand over), each export audited; and erasure (see {@link PersonalDataAdmin#erase}).
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class PersonalDataRequests {

    private final PersonalDataAdmin personalData;
    private final Visits visits;
    private final Referrals referrals;
    private final PersonPdf pdf;
    private final Clock clock;
    private final JsonMapper json;

    PersonalDataRequests(PersonalDataAdmin personalData, Visits visits, Referrals referrals, PersonPdf pdf, Clock clock,
            JsonMapper json) {
        this.personalData = personalData;
        this.visits = visits;
        this.referrals = referrals;
        this.pdf = pdf;
        this.clock = clock;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Transactional
    public Optional<PersonExport> gather(long beneficiaryId) {
        return personalData.file(beneficiaryId).map(file -> new PersonExport(clock.instant(), file,
                personalData.consents(beneficiaryId), visits.ofPerson(beneficiaryId), referrals.ofPersonForExport(beneficiaryId),
                personalData.accessLog(new PersonalDataAdmin.AccessQuery(beneficiaryId, null, null, null, null), 2000)));
    }

    /** The person's data as JSON, UTF-8. */
    @Transactional
    public Optional<byte[]> json(long beneficiaryId) {
        Optional<byte[]> bytes = gather(beneficiaryId).map(json::writeValueAsBytes);
        bytes.ifPresent(b -> personalData.exported(beneficiaryId, "json"));
        return bytes;
    }

    /** The person's data as a PDF, in {@code languageTag}'s labels. */
    @Transactional
    public Optional<byte[]> pdf(long beneficiaryId, String languageTag) {
        Optional<byte[]> bytes = gather(beneficiaryId).map(export -> pdf.render(export, languageTag));
        bytes.ifPresent(b -> personalData.exported(beneficiaryId, "pdf"));
        return bytes;
    }
}
