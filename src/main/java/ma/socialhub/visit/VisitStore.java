package ma.socialhub.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of visits. Each change names the open visit it expects, so a closed visit stays closed. */
@Repository
class VisitStore {

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open visit of a ticket, made on first reception: receiving twice finds the same visit. */
    Visit open(long centerId, long ticketId, long serviceId, long counterId, long agentId, Instant now) {
        jdbc.sql("""
                INSERT INTO visit (center_id, ticket_id, service_id, counter_id, agent_id, started_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) WHERE ended_at IS NULL DO NOTHING
                """).params(centerId, ticketId, serviceId, counterId, agentId, Timestamp.from(now)).update();
        return openOf(ticketId).orElseThrow();
    }

    Optional<Visit> openOf(long ticketId) {
        return jdbc.sql("SELECT * FROM visit WHERE ticket_id = ? AND ended_at IS NULL").param(ticketId)
                .query(VisitStore::visit).optional();
    }

    /** Ends the open visit of a ticket that left the counter another way (transferred, finished). */
    void endOpenOf(long ticketId, VisitOutcome outcome, Instant now) {
        jdbc.sql("UPDATE visit SET outcome = ?, ended_at = ?, version = version + 1 WHERE ticket_id = ? AND ended_at IS NULL")
                .params(outcome.name(), Timestamp.from(now), ticketId).update();
    }

    Optional<Visit> find(long id) {
        return jdbc.sql("SELECT * FROM visit WHERE id = ?").param(id).query(VisitStore::visit).optional();
    }

    List<Visit> ofPerson(long beneficiaryId) {
        return jdbc.sql("SELECT * FROM visit WHERE beneficiary_id = ? ORDER BY started_at").param(beneficiaryId)
                .query(VisitStore::visit).list();
    }

    /** An erased person's visits keep their facts (when, where, needs, outcome) but lose the notes and the link to them. */
    void forgetPerson(long beneficiaryId) {
        jdbc.sql("UPDATE visit SET note = '', beneficiary_id = NULL, version = version + 1 WHERE beneficiary_id = ?")
                .param(beneficiaryId).update();
    }

    boolean attach(long id, @Nullable Long beneficiaryId, boolean anonymous) {
        return jdbc.sql("UPDATE visit SET beneficiary_id = ?, anonymous = ?, version = version + 1 WHERE id = ? AND ended_at IS NULL")
                .params(beneficiaryId, anonymous, id).update() == 1;
    }

    boolean saveNeeds(long id, Set<String> needs, String note) {
        return jdbc.sql("UPDATE visit SET needs = ?, note = ?, version = version + 1 WHERE id = ? AND ended_at IS NULL")
                .params(needs.stream().sorted().toArray(String[]::new), note, id).update() == 1;
    }

    boolean close(long id, VisitOutcome outcome, Instant now) {
        return jdbc.sql("UPDATE visit SET outcome = ?, ended_at = ?, version = version + 1 WHERE id = ? AND ended_at IS NULL")
                .params(outcome.name(), Timestamp.from(now), id).update() == 1;
    }

    void decide(long visitId, long ruleId, ProposalDecision decision, long staffId, Instant now) {
        jdbc.sql("""
                INSERT INTO visit_proposal (visit_id, rule_id, decision, decided_at, decided_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (visit_id, rule_id) DO UPDATE SET decision = excluded.decision,
                    decided_at = excluded.decided_at, decided_by = excluded.decided_by
                """).params(visitId, ruleId, decision.name(), Timestamp.from(now), staffId).update();
    }

    Map<Long, ProposalDecision> decisions(long visitId) {
        return jdbc.sql("SELECT rule_id, decision FROM visit_proposal WHERE visit_id = ?").param(visitId)
                .query((rs, n) -> Map.entry(rs.getLong(1), ProposalDecision.valueOf(rs.getString(2)))).list().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Need> needsOf(long serviceId) {
        return jdbc.sql("""
                SELECT n.* FROM need n JOIN service_need sn ON sn.need_code = n.code
                 WHERE sn.service_id = ? AND n.active ORDER BY n.display_order, n.code
                """).param(serviceId).query(VisitStore::need).list();
    }

    List<Need> allNeeds() {
        return jdbc.sql("SELECT * FROM need WHERE active ORDER BY display_order, code").query(VisitStore::need).list();
    }

    private static Need need(ResultSet rs, int n) throws SQLException {
        return new Need(rs.getString("code"), new LocalizedText(rs.getString("name_ar"), rs.getString("name_zgh"),
                rs.getString("name_fr"), rs.getString("name_en")));
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Visit(rs.getLong("id"), rs.getLong("center_id"), rs.getLong("ticket_id"), rs.getLong("service_id"),
                rs.getLong("counter_id"), (Long) rs.getObject("beneficiary_id"), rs.getBoolean("anonymous"),
                Set.copyOf(Arrays.asList((String[]) rs.getArray("needs").getArray())), rs.getString("note"),
                outcome == null ? null : VisitOutcome.valueOf(outcome), rs.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant());
    }
}
