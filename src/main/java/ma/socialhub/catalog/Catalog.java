package ma.socialhub.catalog;

import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import ma.socialhub.base.HubZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads where things are and what they offer: centers, their counters and the services those
 * counters serve. This is public information (it is printed on the kiosk), so it needs no role.
 */
@Service
@Transactional(readOnly = true)
@PermitAll // public information: it is on the kiosks and in the HSDS export
public class Catalog {

    private final CatalogStore store;
    private final HubZone hubZone;

    Catalog(CatalogStore store, HubZone hubZone) {
        this.store = store;
        this.hubZone = hubZone;
    }

    /** An active center by its URL code; empty for an unknown or closed center. */
    public Optional<Center> centerByCode(String code) {
        return store.centerByCode(code);
    }

    public Optional<Center> center(long id) {
        return store.center(id);
    }

    /**
     * The time zone a center's days and hours are told in: its queue's day, its board, its visits
     * and referrals. The hub's zone for an unknown id (ids read from the database always name a
     * center). Read afresh each time rather than cached: it is one primary-key read, and an
     * administrator's change of a center's zone must hold at once on every node.
     */
    public ZoneId zoneOf(long centerId) {
        return store.zoneOf(centerId).orElse(hubZone.zone());
    }

    public List<Center> activeCenters() {
        return store.activeCenters();
    }

    /** The services a citizen can take a ticket for at a center: those some counter there serves. */
    public List<SocialService> servicesAt(long centerId) {
        return store.servicesAt(centerId);
    }

    public Optional<SocialService> service(long id) {
        return store.service(id);
    }

    public List<Counter> countersAt(long centerId) {
        return store.countersAt(centerId);
    }

    public Optional<Counter> counter(long id) {
        return store.counter(id);
    }

    /** A service offered at a center (some counter there serves it): what a public directory lists. */
    public record Offering(Center center, SocialService service) {
    }

    /**
     * Every offering of the active centers in a stable order (center, then service), read in three
     * statements whatever their number: a public directory reads them all at once and keeps them.
     */
    public List<Offering> allOfferings() {
        return store.allOfferings();
    }

    /** The 12 regions. */
    public List<Region> regions() {
        return store.regions();
    }

    /** Every province, region by region. */
    public List<Province> provinces() {
        return store.provinces();
    }
}
