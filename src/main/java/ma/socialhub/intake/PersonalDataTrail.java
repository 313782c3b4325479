package ma.socialhub.intake;

import jakarta.annotation.security.RolesAllowed;
import ma.socialhub.base.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the features that show what concerns a person from their own tables (referrals, their
 * history and steps): each such read goes into the person's trail, as the reads of the file do, so
 * that the person's trail shows everyone who looked at anything about them.
 */
@Service
public class PersonalDataTrail {

    private final AuditTrail audit;

    PersonalDataTrail(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records that the signed-in staff member read {@code what} about the person, in the caller's
     * transaction (a read is recorded with the read).
     *
     * @param what a detail code with its values, see {@link AccessDetail}: {@code referralsRead}, ...
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({Roles.AGENT, Roles.INCUBATOR, Roles.ADMIN})
    public void read(long beneficiaryId, String what, Object... namesAndValues) {
        audit.record(AuditTrail.Action.READ, beneficiaryId, AccessDetail.of(what, namesAndValues));
    }
}
