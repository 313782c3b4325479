package ma.socialhub.staff;

import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The scope of whoever is signed in: their place, or the nation for an administrator and for a
     * supervisor given it on purpose. A supervisor with neither sees nothing (refused), never the
     * nation by default.
     */
    @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
    public Scope current() {
        StaffMember member = directory.current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        if (Roles.ADMIN.equals(member.role())) {
            return Scope.NATION;
        }
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
        if (Roles.SUPERVISOR.equals(member.role()) && member.nationScope()) {
            return Scope.NATION;
        }
        throw new AccessDeniedException("The account of " + member.getUsername() + " has no scope");
    }

    /**
     * A narrower area the signed-in member may look at: a region, a province or a center within
     * their own scope (their own scope included); empty for anything else, or an unknown place.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    public Optional<Scope> within(Scope.Level level, long id) {
        Scope mine = current();
        Optional<Scope> asked = resolve(level, id);
        return asked.filter(area -> contains(mine, area));
    }

    private Optional<Scope> resolve(Scope.Level level, long id) {
        return switch (level) {
            case NATION -> Optional.of(Scope.NATION);
            case REGION -> jdbc.sql("SELECT id FROM region WHERE id = ?").param((short) id).query(Short.class).optional()
                    .map(r -> new Scope(Scope.Level.REGION, r, r));
            case PROVINCE -> jdbc.sql("SELECT region_id FROM province WHERE id = ?").param((int) id).query(Short.class).optional()
                    .map(r -> new Scope(Scope.Level.PROVINCE, id, r));
            case CENTER -> jdbc.sql("SELECT p.region_id FROM center c JOIN province p ON p.id = c.province_id WHERE c.id = ?")
                    .param(id).query(Short.class).optional().map(r -> new Scope(Scope.Level.CENTER, id, r));
        };
    }

    private boolean contains(Scope mine, Scope area) {
        return switch (mine.level()) {
            case NATION -> true;
            case REGION -> Objects.equals(mine.regionId(), area.regionId());
            case PROVINCE -> (area.level() == Scope.Level.PROVINCE && area.id() == mine.id())
                    || (area.level() == Scope.Level.CENTER && jdbc.sql("SELECT province_id FROM center WHERE id = ?")
                            .param(area.id()).query(Integer.class).single() == mine.id());
            case CENTER -> area.level() == Scope.Level.CENTER && area.id() == mine.id();
        };
    }
}
