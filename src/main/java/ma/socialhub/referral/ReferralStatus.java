package ma.socialhub.referral;

import java.util.Map;
import java.util.Set;

/**
 * The life of a referral and who may move it:
 * <pre>
 * PROPOSED ─center→ SENT ─partner→ ACCEPTED ─partner→ IN_ACCOMPANIMENT ─partner→ COMPLETED
 *    │                 │ └─partner→ DECLINED     │                        └─partner→ DROPPED
 *    └─center→ DROPPED └─center→ DROPPED         └─partner or center→ DROPPED
 * </pre>
 * The referring center proposes, sends and may withdraw before the partner starts; the partner
 * answers and reports the accompaniment. DECLINED, COMPLETED and DROPPED are final.
 */
public enum ReferralStatus {
    PROPOSED, SENT, ACCEPTED, DECLINED, IN_ACCOMPANIMENT, COMPLETED, DROPPED;

    /** Which side acts. */
    public enum Side {
        CENTER, PARTNER
    }

    private static final Map<ReferralStatus, Map<ReferralStatus, Set<Side>>> MOVES = Map.of(
            PROPOSED, Map.of(SENT, Set.of(Side.CENTER), DROPPED, Set.of(Side.CENTER)),
            SENT, Map.of(ACCEPTED, Set.of(Side.PARTNER), DECLINED, Set.of(Side.PARTNER), DROPPED, Set.of(Side.CENTER)),
            ACCEPTED, Map.of(IN_ACCOMPANIMENT, Set.of(Side.PARTNER), DROPPED, Set.of(Side.PARTNER, Side.CENTER)),
            IN_ACCOMPANIMENT, Map.of(COMPLETED, Set.of(Side.PARTNER), DROPPED, Set.of(Side.PARTNER)));

    /** Whether {@code side} may make that move. */
    public boolean canMoveTo(ReferralStatus next, Side side) {
        return MOVES.getOrDefault(this, Map.of()).getOrDefault(next, Set.of()).contains(side);
    }

    /** The statuses this one may move to, whoever acts. */
    public Set<ReferralStatus> next() {
        return MOVES.getOrDefault(this, Map.of()).keySet();
    }

    /** A move that must say why (a refusal, an abandonment). */
    public boolean needsANote() {
        return this == DECLINED || this == DROPPED;
    }
}
