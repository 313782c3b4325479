package ma.socialhub.ticketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** Maps a {@code ticket} row to a {@link Ticket}. */
final class TicketRows implements RowMapper<Ticket> {

    static final TicketRows INSTANCE = new TicketRows();

    @Override
    public Ticket mapRow(ResultSet rs, int rowNum) throws SQLException {
        long counterValue = rs.getLong("counter_id");
        Long counter = rs.wasNull() ? null : counterValue;
        return new Ticket(
                rs.getLong("id"),
                rs.getLong("center_id"),
                rs.getLong("service_id"),
                rs.getObject("day", LocalDate.class),
                new TicketNumber(rs.getString("letter").charAt(0), rs.getInt("number")),
                PriorityClass.ofCode(rs.getInt("priority_class")),
                TicketState.valueOf(rs.getString("state")),
                counter,
                rs.getString("qr_token"),
                rs.getString("language"),
                rs.getInt("recall_count"),
                rs.getTimestamp("issued_at").toInstant(),
                instant(rs, "called_at"),
                instant(rs, "last_called_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                instant(rs, "no_show_at"),
                instant(rs, "due_at"),
                "DAY_ENDED".equals(rs.getString("cancel_reason")),
                rs.getObject("carried_to", Long.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
