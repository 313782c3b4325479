package ma.socialhub.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue's reads: centers, their counters and the services those counters serve, with
 * the provinces and regions they sit in. {@link Catalog} serves them to the other features.
 */
@Repository
class CatalogStore {

    private static final String CENTER_SELECT = """
            SELECT c.id, c.code, c.kind, c.name_ar, c.name_zgh, c.name_fr, c.name_en, c.province_id,
                   p.region_id, c.time_zone
              FROM center c JOIN province p ON p.id = c.province_id
            """;
    private static final String SERVICE_SELECT = """
            SELECT s.id, s.code, s.letter, s.pictogram, s.name_ar, s.name_zgh, s.name_fr, s.name_en,
                   s.target_wait_minutes, s.service_minutes, s.documents_ar, s.documents_zgh, s.documents_fr,
                   s.documents_en
              FROM social_service s
            """;
    private static final String COUNTER_SELECT = """
            SELECT k.id, k.center_id, k.label, k.state, k.staff_id,
                   array(SELECT cs.service_id FROM counter_service cs WHERE cs.counter_id = k.id ORDER BY 1) AS services
              FROM counter k
            """;

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An active center by its URL code; empty for an unknown or closed center. */
    Optional<Center> centerByCode(String code) {
        return jdbc.sql(CENTER_SELECT + " WHERE c.code = ? AND c.active").param(code.strip().toLowerCase())
                .query(CatalogStore::center).optional();
    }

    Optional<Center> center(long id) {
        return jdbc.sql(CENTER_SELECT + " WHERE c.id = ?").param(id).query(CatalogStore::center).optional();
    }

    Optional<ZoneId> zoneOf(long centerId) {
        return jdbc.sql("SELECT time_zone FROM center WHERE id = ?").param(centerId).query(String.class).optional().map(ZoneId::of);
    }

    List<Center> activeCenters() {
        return jdbc.sql(CENTER_SELECT + " WHERE c.active ORDER BY p.region_id, c.code").query(CatalogStore::center).list();
    }

    /** The services a citizen can take a ticket for at a center: those some counter there serves. */
    List<SocialService> servicesAt(long centerId) {
        return jdbc.sql(SERVICE_SELECT + """
                 WHERE s.active AND EXISTS (SELECT 1 FROM counter_service cs JOIN counter k ON k.id = cs.counter_id
                                             WHERE cs.service_id = s.id AND k.center_id = ?)
                 ORDER BY s.display_order, s.letter
                """).param(centerId).query(CatalogStore::service).list();
    }

    Optional<SocialService> service(long id) {
        return jdbc.sql(SERVICE_SELECT + " WHERE s.id = ?").param(id).query(CatalogStore::service).optional();
    }

    List<Counter> countersAt(long centerId) {
        return jdbc.sql(COUNTER_SELECT + " WHERE k.center_id = ? ORDER BY length(k.label), k.label").param(centerId)
                .query(CatalogStore::counter).list();
    }

    Optional<Counter> counter(long id) {
        return jdbc.sql(COUNTER_SELECT + " WHERE k.id = ?").param(id).query(CatalogStore::counter).optional();
    }

    /**
     * Every offering of the active centers in a stable order (center, then service), read in three
     * statements whatever their number: a public directory reads them all at once and keeps them.
     */
    List<Catalog.Offering> allOfferings() {
        Map<Long, Center> centers = activeCenters().stream().collect(Collectors.toMap(Center::id, c -> c));
        Map<Long, SocialService> services = jdbc.sql(SERVICE_SELECT + " WHERE s.active").query(CatalogStore::service).list()
                .stream().collect(Collectors.toMap(SocialService::id, s -> s));
        return jdbc.sql(OFFERINGS.formatted("DISTINCT c.id, s.id", "ORDER BY c.id, s.id"))
                .query((rs, n) -> new Catalog.Offering(centers.get(rs.getLong(1)), services.get(rs.getLong(2)))).list()
                .stream().filter(o -> o.center() != null && o.service() != null).toList();
    }

    private static final String OFFERINGS = """
            SELECT %s FROM center c JOIN counter k ON k.center_id = c.id
              JOIN counter_service cs ON cs.counter_id = k.id JOIN social_service s ON s.id = cs.service_id
             WHERE c.active AND s.active %s
            """;

    /** The 12 regions. */
    List<Region> regions() {
        return jdbc.sql("SELECT id, code, name_ar, name_zgh, name_fr, name_en FROM region ORDER BY id")
                .query((rs, n) -> new Region(rs.getShort("id"), rs.getString("code"), names(rs))).list();
    }

    /** Every province, region by region. */
    List<Province> provinces() {
        return jdbc.sql("SELECT id, region_id, name_ar, name_zgh, name_fr, name_en FROM province ORDER BY region_id, name_fr")
                .query((rs, n) -> new Province(rs.getInt("id"), rs.getShort("region_id"), names(rs))).list();
    }

    private static Center center(ResultSet rs, int row) throws SQLException {
        return new Center(rs.getLong("id"), rs.getString("code"), rs.getString("kind"), names(rs),
                rs.getInt("province_id"), rs.getShort("region_id"), ZoneId.of(rs.getString("time_zone")));
    }

    private static SocialService service(ResultSet rs, int row) throws SQLException {
        return new SocialService(rs.getLong("id"), rs.getString("code"), rs.getString("letter").charAt(0),
                rs.getString("pictogram"), names(rs), rs.getInt("target_wait_minutes"), rs.getInt("service_minutes"),
                new LocalizedText(rs.getString("documents_ar"), rs.getString("documents_zgh"), rs.getString("documents_fr"),
                        rs.getString("documents_en")));
    }

    private static Counter counter(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("services");
        Set<Long> services = new LinkedHashSet<>(Arrays.asList((Long[]) array.getArray()));
        return new Counter(rs.getLong("id"), rs.getLong("center_id"), rs.getString("label"),
                CounterState.valueOf(rs.getString("state")), Set.copyOf(services), rs.getObject("staff_id", Long.class));
    }

    private static LocalizedText names(ResultSet rs) throws SQLException {
        return new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"), rs.getString("name_fr"),
                rs.getString("name_en"));
    }
}
