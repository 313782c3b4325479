package ma.socialhub.orientation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.directory.InstitutionType;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import org.jspecify.annotations.Nullable;

/**
 * One rule of orientation, as stored. It applies when every criterion it sets holds; an empty set
 * or a null sets none. {@code title} says what is proposed, {@code reason} why, in the four
 * languages, so the agent can tell the person.
 */
public record OrientationRule(
        long id,
        String code,
        LocalizedText title,
        LocalizedText reason,
        Set<Situation> anySituation,
        Set<String> anyNeed,
        @Nullable Sex sex,
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        Set<RsuStatus> anyRsuStatus,
        TargetKind targetKind,
        @Nullable Long programId,
        @Nullable InstitutionType institutionType,
        @Nullable Long serviceId,
        int priority) {

    public OrientationRule {
        anySituation = Set.copyOf(anySituation);
        anyNeed = Set.copyOf(anyNeed);
        anyRsuStatus = Set.copyOf(anyRsuStatus);
    }

    /**
     * The criteria this rule met for {@code facts}, if it applies; empty if any criterion fails.
     * A rule that sets no criterion at all applies to nobody: it would propose the same to all.
     */
    public Optional<List<Match>> matches(ProfileFacts facts) {
        List<Match> met = new ArrayList<>();
        if (!anySituation.isEmpty()) {
            List<Situation> hit = anySituation.stream().filter(facts.situations()::contains).sorted().toList();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            hit.forEach(s -> met.add(new Match(Match.Kind.SITUATION, s.name())));
        }
        if (!anyNeed.isEmpty()) {
            List<String> hit = anyNeed.stream().filter(facts.needs()::contains).sorted().toList();
            if (hit.isEmpty()) {
                return Optional.empty();
            }
            hit.forEach(n -> met.add(new Match(Match.Kind.NEED, n)));
        }
        if (sex != null) {
            if (sex != facts.sex()) {
                return Optional.empty();
            }
            met.add(new Match(Match.Kind.SEX, sex.name()));
        }
        if (minAge != null || maxAge != null) {
            Integer age = facts.age();
            if (age == null || (minAge != null && age < minAge) || (maxAge != null && age > maxAge)) {
                return Optional.empty();
            }
            met.add(new Match(Match.Kind.AGE, String.valueOf(age)));
        }
        if (!anyRsuStatus.isEmpty()) {
            if (!anyRsuStatus.contains(facts.rsuStatus())) {
                return Optional.empty();
            }
            met.add(new Match(Match.Kind.RSU_STATUS, facts.rsuStatus().name()));
        }
        return met.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(met));
    }

    /** A criterion a rule met, with the person's value: "need INCOME_PROJECT", "age 34". */
    public record Match(Kind kind, String value) {

        public enum Kind {
            SITUATION, NEED, SEX, AGE, RSU_STATUS
        }
    }
}
