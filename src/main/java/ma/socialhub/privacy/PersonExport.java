package ma.socialhub.privacy;

import java.time.Instant;
import java.util.List;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.PersonalDataAdmin;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.Visit;

/** Everything the hub holds on one person, as they may ask for it. */
public record PersonExport(Instant madeAt, Beneficiary file, List<PersonalDataAdmin.ConsentRecord> consents, List<Visit> visits,
        List<Referrals.Record> referrals, List<PersonalDataAdmin.AccessEntry> accesses) {
}
