package ma.socialhub.staff;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of the country a staff member watches: one center, a province, a region, or the
 * nation. Queries narrow themselves with {@link #centers} and {@link #regions}, so a supervisor
 * of Souss-Massa never reads a figure of another region, even by a crafted call.
 *
 * @param regionId the region the scope lies in, {@code null} for the nation
 */
public record Scope(Level level, long id, @Nullable Short regionId) {

    public enum Level {
        NATION, REGION, PROVINCE, CENTER
    }

    public static final Scope NATION = new Scope(Level.NATION, 0, null);

    /** An SQL condition with its parameters, to AND into a WHERE clause. */
    public record Condition(String sql, List<Object> params) {

        /** The condition's parameters, then {@code after}: for a condition placed before other placeholders. */
        public Object[] paramsThen(Object... after) {
            Object[] all = params.toArray(new Object[params.size() + after.length]);
            System.arraycopy(after, 0, all, params.size(), after.length);
            return all;
        }

        /** {@code before}, then the condition's parameters: for a condition placed after other placeholders. */
        public Object[] paramsWith(Object... before) {
            Object[] all = new Object[before.length + params.size()];
            System.arraycopy(before, 0, all, 0, before.length);
            for (int i = 0; i < params.size(); i++) {
                all[before.length + i] = params.get(i);
            }
            return all;
        }
    }

    /** True where {@code column}, a center id, is a center of this scope. */
    public Condition centers(String column) {
        return switch (level) {
            case NATION -> new Condition("TRUE", List.of());
            case REGION -> new Condition(column + " IN (SELECT id FROM center_place WHERE region_id = ?)", List.of(regionId));
            case PROVINCE -> new Condition(column + " IN (SELECT id FROM center_place WHERE province_id = ?)", List.of((int) id));
            case CENTER -> new Condition(column + " = ?", List.of(id));
        };
    }

    /**
     * True where {@code column}, a region id, is the region of this scope: figures kept per region
     * (program progress, partners) are shown for the region a province or a center lies in.
     */
    public Condition regions(String column) {
        return regionId == null ? new Condition("TRUE", List.of()) : new Condition(column + " = ?", List.of(regionId));
    }
}
