package ma.socialhub.staff;

import jakarta.annotation.security.RolesAllowed;
import ma.socialhub.base.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The scope of the signed-in staff member, read from their account. */
@Service
public class Scopes {

    private final StaffDirectory directory;
    private final JdbcClient jdbc;

    Scopes(StaffDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** The scope of whoever is signed in; an account without any place set watches the nation. */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Scope current() {
        StaffMember member = directory.current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        if (member.centerId() != null) {
            short region = jdbc.sql("SELECT p.region_id FROM center c JOIN province p ON p.id = c.province_id WHERE c.id = ?")
                    .param(member.centerId()).query(Short.class).single();
            return new Scope(Scope.Level.CENTER, member.centerId(), region);
        }
        if (member.provinceId() != null) {
            short region = jdbc.sql("SELECT region_id FROM province WHERE id = ?").param(member.provinceId()).query(Short.class).single();
            return new Scope(Scope.Level.PROVINCE, member.provinceId(), region);
        }
        if (member.regionId() != null) {
            return new Scope(Scope.Level.REGION, member.regionId(), member.regionId());
        }
        return Scope.NATION;
    }
}
