package ma.socialhub.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code message_gateway}, and the services' own "turn is near" rules. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long version() {
        return jdbc.sql("SELECT version FROM message_gateway WHERE id = 1").query(Long.class).single();
    }

    MessageSettings read() {
        return jdbc.sql("SELECT * FROM message_gateway WHERE id = 1").query(SettingsStore::row).single();
    }

    @Nullable String passwordEnc() {
        return jdbc.sql("SELECT password_enc FROM message_gateway WHERE id = 1").query(String.class).optional().orElse(null);
    }

    /** Saves the settings; a null password keeps the one stored, unless {@code clearPassword}. */
    void save(MessageSettings s, @Nullable String passwordEnc, boolean clearPassword, long staffId, Instant now) {
        GatewaySettings g = s.gateway();
        jdbc.sql("""
                UPDATE message_gateway SET kind = :kind, host = :host, port = :port, system_id = :systemId,
                       password_enc = CASE WHEN :clear THEN NULL ELSE coalesce(:password, password_enc) END, system_type = :systemType, sender_id = :sender,
                       rate_per_second = :rate, send_window = :window, http_url = :url, quiet_from = :quietFrom,
                       quiet_until = :quietUntil, near_ahead = :ahead, near_minutes = :minutes, version = version + 1,
                       updated_at = :now, updated_by = :staff
                 WHERE id = 1
                """).param("kind", g.kind().name()).param("host", g.host()).param("port", g.port())
                .param("systemId", g.systemId()).param("password", passwordEnc).param("clear", clearPassword).param("systemType", g.systemType())
                .param("sender", g.senderId()).param("rate", g.ratePerSecond()).param("window", g.window())
                .param("url", g.httpUrl()).param("quietFrom", s.quietFrom()).param("quietUntil", s.quietUntil())
                .param("ahead", s.nearAhead()).param("minutes", s.nearMinutes()).param("now", Timestamp.from(now))
                .param("staff", staffId).update();
    }

    /** The name a center goes by in messages, if it has one of its own. */
    Optional<String> smsName(long centerId) {
        return jdbc.sql("SELECT sms_name FROM message_center_name WHERE center_id = ?").param(centerId).query(String.class)
                .optional();
    }

    void setSmsName(long centerId, @Nullable String name) {
        if (name == null) {
            jdbc.sql("DELETE FROM message_center_name WHERE center_id = ?").param(centerId).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO message_center_name (center_id, sms_name) VALUES (?, ?)
                ON CONFLICT (center_id) DO UPDATE SET sms_name = excluded.sms_name
                """).params(centerId, name).update();
    }

    /** The quiet hours of a center: its own, or the national ones. */
    QuietHours quietHours(long centerId, MessageSettings national) {
        return ownQuietHours(centerId).orElse(national.quietHours());
    }

    Optional<QuietHours> ownQuietHours(long centerId) {
        return jdbc.sql("SELECT quiet_from, quiet_until FROM message_center_quiet WHERE center_id = ?").param(centerId)
                .query((rs, n) -> new QuietHours(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class))).optional();
    }

    void setQuietHours(long centerId, @Nullable QuietHours hours) {
        if (hours == null) {
            jdbc.sql("DELETE FROM message_center_quiet WHERE center_id = ?").param(centerId).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO message_center_quiet (center_id, quiet_from, quiet_until) VALUES (?, ?, ?)
                ON CONFLICT (center_id) DO UPDATE SET quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until
                """).params(centerId, hours.from(), hours.until()).update();
    }

    /** The service's own rule, or the default of the settings. */
    NearRule nearRule(long serviceId, MessageSettings defaults) {
        return ownNearRule(serviceId).orElse(new NearRule(defaults.nearAhead(), defaults.nearMinutes()));
    }

    Optional<NearRule> ownNearRule(long serviceId) {
        return jdbc.sql("SELECT ahead, minutes FROM message_near_rule WHERE service_id = ?").param(serviceId)
                .query((rs, n) -> new NearRule(rs.getInt(1), rs.getInt(2))).optional();
    }

    void setNearRule(long serviceId, @Nullable NearRule rule) {
        if (rule == null) {
            jdbc.sql("DELETE FROM message_near_rule WHERE service_id = ?").param(serviceId).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO message_near_rule (service_id, ahead, minutes) VALUES (?, ?, ?)
                ON CONFLICT (service_id) DO UPDATE SET ahead = excluded.ahead, minutes = excluded.minutes
                """).params(serviceId, rule.ahead(), rule.minutes()).update();
    }

    private static MessageSettings row(ResultSet rs, int n) throws SQLException {
        GatewaySettings gateway = new GatewaySettings(GatewaySettings.Kind.valueOf(rs.getString("kind")), rs.getString("host"),
                rs.getInt("port"), rs.getString("system_id"), null, rs.getString("system_type"), rs.getString("sender_id"),
                rs.getInt("rate_per_second"), rs.getInt("send_window"), rs.getString("http_url"));
        return new MessageSettings(gateway, rs.getString("password_enc") != null, rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_until", LocalTime.class), rs.getInt("near_ahead"), rs.getInt("near_minutes"),
                rs.getLong("version"));
    }
}
