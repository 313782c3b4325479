package ma.socialhub.directory;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the directory of partners and programs. Lists put the partners of the asking region
 * first (the reference incubator at the very top), since a person is best accompanied near home.
 */
@Service
@Transactional(readOnly = true)
@PermitAll // public catalogue information (the HSDS export publishes it)
public class Directory {

    private final DirectoryStore store;

    Directory(DirectoryStore store) {
        this.store = store;
    }

    public Optional<Organization> organization(long id) {
        return store.organization(id);
    }

    /** Every active partner, region by region. */
    public List<Organization> organizations() {
        return store.organizations();
    }

    /** Active incubators, those of {@code regionId} first and its reference incubator at the top. */
    public List<Organization> incubatorsFor(short regionId) {
        return store.incubatorsFor(regionId);
    }

    /** Active institutions of a type, those of {@code regionId} first. */
    public List<Organization> institutionsFor(InstitutionType type, short regionId) {
        return store.institutionsFor(type, regionId);
    }

    /** The active organizations that run a program, those of {@code regionId} first. */
    public List<Organization> operatorsOf(long programId, short regionId) {
        return store.operatorsOf(programId, regionId);
    }

    public Optional<Program> program(long id) {
        return store.program(id);
    }

    public List<Program> programs() {
        return store.programs();
    }
}
