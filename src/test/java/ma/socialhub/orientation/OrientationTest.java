package ma.socialhub.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import ma.socialhub.intake.RsuStatus;
import ma.socialhub.intake.Sex;
import ma.socialhub.intake.Situation;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules kept in the database turn a profile and needs into proposals, each saying why. */
@IntegrationTest
class OrientationTest {

    @Autowired Orientation orientation;
    @Autowired Fixtures fixtures;

    ProfileFacts widowWithAProject(int age) {
        return new ProfileFacts(Sex.F, age, Set.of(Situation.WIDOW), RsuStatus.REGISTERED, Set.of("INCOME_PROJECT"));
    }

    @Test
    void aRuleProposesWhenEveryCriterionItSetsHoldsAndSaysWhich() {
        long program = fixtures.program(fixtures.incubator(9));
        long jisr = fixtures.rule("any_situation = '{WIDOW,DIVORCED}', any_need = '{INCOME_PROJECT,COOPERATIVE}', sex = 'F', "
                + "min_age = 18, max_age = 60", "target_kind = 'PROGRAM', program_id = " + program, 10);
        fixtures.onlyRules(jisr);

        List<Proposal> proposals = orientation.propose(widowWithAProject(34));

        assertThat(proposals).singleElement().satisfies(p -> {
            assertThat(p.rule().id()).isEqualTo(jisr);
            assertThat(p.rule().targetKind()).isEqualTo(TargetKind.PROGRAM);
            assertThat(p.rule().programId()).isEqualTo(program);
            assertThat(p.because()).containsExactly(
                    new OrientationRule.Match(OrientationRule.Match.Kind.SITUATION, "WIDOW"),
                    new OrientationRule.Match(OrientationRule.Match.Kind.NEED, "INCOME_PROJECT"),
                    new OrientationRule.Match(OrientationRule.Match.Kind.SEX, "F"),
                    new OrientationRule.Match(OrientationRule.Match.Kind.AGE, "34"));
        });
    }

    @Test
    void oneFailingCriterionIsEnoughToProposeNothing() {
        long jisr = fixtures.rule("any_situation = '{WIDOW}', any_need = '{INCOME_PROJECT}', sex = 'F', min_age = 18, max_age = 60",
                "target_kind = 'INCUBATOR'", 10);
        fixtures.onlyRules(jisr);

        assertThat(orientation.propose(widowWithAProject(61))).isEmpty();
        assertThat(orientation.propose(new ProfileFacts(Sex.M, 34, Set.of(Situation.WIDOW), RsuStatus.REGISTERED,
                Set.of("INCOME_PROJECT")))).isEmpty();
        assertThat(orientation.propose(new ProfileFacts(Sex.F, 34, Set.of(Situation.DIVORCED), RsuStatus.REGISTERED,
                Set.of("INCOME_PROJECT")))).isEmpty();
        assertThat(orientation.propose(new ProfileFacts(Sex.F, 34, Set.of(Situation.WIDOW), RsuStatus.REGISTERED,
                Set.of("JOB")))).isEmpty();
        assertThat(orientation.propose(new ProfileFacts(Sex.F, null, Set.of(Situation.WIDOW), RsuStatus.REGISTERED,
                Set.of("INCOME_PROJECT")))).as("unknown age").isEmpty();
    }

    @Test
    void anAnonymousVisitGetsTheProposalsOfItsNeedsOnly() {
        long byNeed = fixtures.rule("any_need = '{SHELTER}'", "target_kind = 'INSTITUTION', institution_type = 'EMERGENCY'", 5);
        long bySituation = fixtures.rule("any_situation = '{HOMELESS}'", "target_kind = 'INSTITUTION', institution_type = 'EMERGENCY'", 6);
        long byRegistry = fixtures.rule("any_rsu_status = '{NOT_REGISTERED}'", "target_kind = 'INCUBATOR'", 7);
        fixtures.onlyRules(byNeed, bySituation, byRegistry);

        assertThat(orientation.propose(ProfileFacts.anonymous(Set.of("SHELTER")))).extracting(p -> p.rule().id())
                .containsExactly(byNeed);
    }

    @Test
    void proposalsComeMostImportantFirstAndAnInactiveRuleProposesNothing() {
        long later = fixtures.rule("any_need = '{JOB}'", "target_kind = 'INCUBATOR'", 50);
        long first = fixtures.rule("any_need = '{JOB}'", "target_kind = 'INSTITUTION', institution_type = 'YOUTH'", 5);
        long off = fixtures.rule("any_need = '{JOB}'", "target_kind = 'INSTITUTION', institution_type = 'TRAINING'", 1);
        fixtures.onlyRules(later, first, off);
        fixtures.jdbc().sql("UPDATE orientation_rule SET active = false WHERE id = ?").param(off).update();

        assertThat(orientation.propose(ProfileFacts.anonymous(Set.of("JOB")))).extracting(p -> p.rule().id())
                .containsExactly(first, later);
    }
}
