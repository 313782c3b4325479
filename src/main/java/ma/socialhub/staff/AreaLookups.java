package ma.socialhub.staff;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a center or a province lies, read from the catalogue's published read models
 * ({@code center_place}, {@code province_place}, {@code region_place}): scopes are built from them.
 */
@Repository
class AreaLookups {

    private final JdbcClient jdbc;

    AreaLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Short> regionOfCenter(long centerId) {
        return jdbc.sql("SELECT region_id FROM center_place WHERE id = ?").param(centerId).query(Short.class).optional();
    }

    Optional<Short> regionOfProvince(int provinceId) {
        return jdbc.sql("SELECT region_id FROM province_place WHERE id = ?").param(provinceId).query(Short.class).optional();
    }

    Optional<Short> region(short regionId) {
        return jdbc.sql("SELECT id FROM region_place WHERE id = ?").param(regionId).query(Short.class).optional();
    }

    Optional<Integer> provinceOfCenter(long centerId) {
        return jdbc.sql("SELECT province_id FROM center_place WHERE id = ?").param(centerId).query(Integer.class).optional();
    }
}
