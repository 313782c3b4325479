package ma.socialhub.supervision;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * The region rollups (ADR 0029) as other features and the benchmarks see them: sum what is due
 * now, and how far they are exact. The work is {@link RegionRollupJob}'s.
 */
@Service
public class RegionRollups {

    /** The rollups kept per region, each with its own stale days. */
    public static final Set<String> ROLLUPS = Set.of("service", "outcome", "referral", "appointment");

    private final RegionRollupJob job;

    RegionRollups(RegionRollupJob job) {
        this.job = job;
    }

    /** Sums every closed day not summed yet and every stale day, waiting for another node's run first; returns the days summed. */
    @PermitAll // idempotent sums of counts that hold nothing personal; every node's job calls it anyway
    public int catchUp() {
        return job.catchUp();
    }

    /** The last day a rollup's region table ({@code service}, {@code outcome}, {@code referral}, {@code appointment}) is exact through. */
    @PermitAll // a date
    public Optional<LocalDate> exactThrough(String rollup) {
        return job.exactThrough(rollup);
    }

    /**
     * The query of the last day {@code rollup}'s region table is exact through: the last day summed,
     * or the day before its first day marked stale; the one rule every reader and check shares.
     */
    public static String exactThroughSql(String rollup) {
        if (!ROLLUPS.contains(rollup)) {
            throw new IllegalArgumentException("No region rollup " + rollup);
        }
        return "SELECT least(through, (SELECT min(day) - 1 FROM region_rollup_stale WHERE rollup = '" + rollup
                + "')) FROM region_rollup_state";
    }

    /** An array of the cell-by-cell sums of {@code column}: one pass, where an array aggregate would call a function a row. */
    public static String cells(String column, int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> "sum(" + column + "[" + i + "])::int")
                .collect(Collectors.joining(", ", "ARRAY[", "]"));
    }
}
