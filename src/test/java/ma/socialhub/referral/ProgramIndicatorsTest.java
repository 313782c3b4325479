package ma.socialhub.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.socialhub.base.security.Roles;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.Sex;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.Scenario;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The program indicators, on a small dataset counted by hand, and equal to a recount after random work. */
@IntegrationTest
class ProgramIndicatorsTest {

    @Autowired Scenario scenario;
    @Autowired Referrals referrals;
    @Autowired ProgramIndicators indicators;
    @Autowired Fixtures fixtures;

    long soussIncubator;
    long oriental;
    String soussPartner;
    String orientalPartner;
    long jisr;

    @BeforeEach
    void twoRegions() {
        scenario.atANewCenter();
        soussIncubator = fixtures.incubator(9);
        oriental = fixtures.incubator(2);
        soussPartner = fixtures.partner(soussIncubator);
        orientalPartner = fixtures.partner(oriental);
        jisr = fixtures.program(soussIncubator, oriental);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void womenAccompaniedAreCountedOncePerProgramInTheirPartnersRegionAndProjectsByForm() {
        long aicha = scenario.woman();
        long naima = scenario.woman();
        long youssef = scenario.person(Sex.M, EnumSet.allOf(ConsentScope.class));
        long khadija = scenario.woman();

        // Aicha: accompanied in Souss-Massa, launches a cooperative; then referred again (counted once)
        Referral a1 = accompanied(aicha, soussIncubator, soussPartner, jisr);
        launch(a1, soussPartner, ProjectForm.COOPERATIVE);
        accompanied(aicha, oriental, orientalPartner, jisr);
        // Naima: accompanied in the Oriental, launches an income-generating activity
        launch(accompanied(naima, oriental, orientalPartner, jisr), orientalPartner, ProjectForm.INCOME_GENERATING_ACTIVITY);
        // Youssef: a man, accompanied in Jisr: not a woman accompanied
        accompanied(youssef, soussIncubator, soussPartner, jisr);
        // Khadija: referred, declined: not accompanied
        Referral k = scenario.refer(khadija, soussIncubator, jisr);
        scenario.asPartner(soussPartner, k, ReferralStatus.DECLINED, "complet");

        supervise();
        assertThat(indicators.progress(jisr)).filteredOn(p -> p.womenAccompanied() > 0)
                .extracting(ProgramIndicators.RegionProgress::regionId, ProgramIndicators.RegionProgress::womenAccompanied)
                .containsExactly(Tuple.tuple((short) 2, 1), Tuple.tuple((short) 9, 1));
        assertThat(indicators.progress(jisr)).hasSize(12).allSatisfy(p -> assertThat(p.regionalTarget()).isEqualTo(3000));
        Map<Long, Map<ReferralStatus, Integer>> byStatus = indicators.referralsByStatus();
        assertThat(byStatus.get(soussIncubator)).isEqualTo(Map.of(ReferralStatus.IN_ACCOMPANIMENT, 2, ReferralStatus.DECLINED, 1));
        assertThat(byStatus.get(oriental)).isEqualTo(Map.of(ReferralStatus.IN_ACCOMPANIMENT, 2));
        List<ProgramIndicators.Launches> launches = indicators.launches();
        assertThat(launches).filteredOn(l -> l.regionId() == 9).singleElement()
                .satisfies(l -> assertThat(l.cooperatives()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void afterManyRandomReferralsMovesAndStepsTheRollupsEqualARecount() {
        Random random = new Random(42);
        long[] partners = {soussIncubator, oriental};
        String[] accounts = {soussPartner, orientalPartner};
        List<Referral> made = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int p = random.nextInt(2);
            long person = random.nextInt(4) == 0 ? scenario.person(Sex.M, EnumSet.allOf(ConsentScope.class)) : scenario.woman();
            made.add(scenario.refer(person, partners[p], random.nextBoolean() ? jisr : null));
        }
        for (int round = 0; round < 60; round++) {
            Referral r = made.get(random.nextInt(made.size()));
            int p = r.organizationId() == soussIncubator ? 0 : 1;
            Referral now = current(r, accounts[p]);
            List<ReferralStatus> next = new ArrayList<>(now.status().next());
            if (next.isEmpty()) {
                continue;
            }
            ReferralStatus to = next.get(random.nextInt(next.size()));
            boolean partnerMove = now.status().canMoveTo(to, ReferralStatus.Side.PARTNER);
            if (partnerMove) {
                scenario.asPartner(accounts[p], now, to, "note");
            } else {
                fixtures.signIn(scenario.agent);
                referrals.move(now.id(), now.version(), to, "note");
            }
            if (to == ReferralStatus.IN_ACCOMPANIMENT && random.nextBoolean()) {
                launch(current(r, accounts[p]), accounts[p], ProjectForm.values()[random.nextInt(3)]);
            }
        }

        String ours = "(" + soussIncubator + ", " + oriental + ")";
        assertThat(rows("SELECT organization_id || ':' || status || '=' || referrals FROM referral_status_count WHERE referrals > 0 AND organization_id IN " + ours))
                .containsExactlyInAnyOrderElementsOf(rows("SELECT organization_id || ':' || status || '=' || count(*) FROM referral WHERE organization_id IN " + ours + " GROUP BY organization_id, status"));
        assertThat(rows("SELECT region_id || ':' || project_form || '=' || projects FROM project_launch_count WHERE projects > 0"))
                .containsExactlyInAnyOrderElementsOf(rows("""
                        SELECT o.region_id || ':' || a.project_form || '=' || count(*) FROM accompaniment_step a
                          JOIN referral r ON r.id = a.referral_id JOIN partner_organization o ON o.id = r.organization_id
                         WHERE a.kind = 'PROJECT_LAUNCHED' GROUP BY o.region_id, a.project_form"""));
        assertThat(rows("SELECT program_id || ':' || region_id || '=' || women_accompanied FROM program_region_count WHERE women_accompanied > 0"))
                .containsExactlyInAnyOrderElementsOf(rows("SELECT program_id || ':' || region_id || '=' || count(*) FROM program_participant GROUP BY program_id, region_id"));
        // every woman who reached the accompaniment in a program is a participant, exactly once
        assertThat(rows("SELECT program_id || ':' || beneficiary_id FROM program_participant"))
                .containsExactlyInAnyOrderElementsOf(rows("""
                        SELECT DISTINCT r.program_id || ':' || r.beneficiary_id FROM referral r
                         WHERE r.program_id IS NOT NULL AND r.person_sex = 'F'
                           AND EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id AND e.to_status = 'IN_ACCOMPANIMENT')"""));
    }

    @Test
    void referralsLeftUnansweredAreCountedForSupervisorsWithoutNames(@Autowired TestClock clock) {
        try {
            Referral late = scenario.refer(scenario.woman(), oriental, null);
            Referral answered = scenario.refer(scenario.woman(), oriental, null);
            clock.advance(Duration.ofDays(9));
            scenario.asPartner(orientalPartner, answered, ReferralStatus.ACCEPTED, "");
            supervise();
            assertThat(indicators.waitingTooLong()).filteredOn(w -> w.organizationId() == oriental).singleElement()
                    .satisfies(w -> {
                        assertThat(w.referrals()).isEqualTo(1);
                        assertThat(w.centerId()).isEqualTo(scenario.center);
                        assertThat(w.oldestSince()).isEqualTo(late.statusAt());
                    });
        } finally {
            clock.release();
        }
    }

    @Test
    void aRegionalSupervisorSeesTheFiguresOfTheirRegionOnlyAndTheNationalHeadline(@Autowired TestClock clock) {
        try {
            accompanied(scenario.woman(), soussIncubator, soussPartner, jisr);
            accompanied(scenario.woman(), oriental, orientalPartner, jisr);
            scenario.refer(scenario.woman(), oriental, null);
            clock.advance(Duration.ofDays(9));

            // the referring center is in Souss-Massa (9); the Oriental (2) is another region
            fixtures.signIn(fixtures.supervisorOfRegion(2));
            assertThat(indicators.progress(jisr)).extracting(ProgramIndicators.RegionProgress::regionId).containsExactly((short) 2);
            assertThat(indicators.referralsByStatus()).containsKey(oriental).doesNotContainKey(soussIncubator);
            assertThat(indicators.launches()).allSatisfy(l -> assertThat(l.regionId()).isEqualTo((short) 2));
            assertThat(indicators.waitingTooLong()).noneMatch(w -> w.centerId() == scenario.center);
            int national = indicators.accompaniedNationally(jisr);

            fixtures.signIn(fixtures.supervisorOfRegion(9));
            assertThat(indicators.waitingTooLong()).anyMatch(w -> w.centerId() == scenario.center && w.organizationId() == oriental);
            assertThat(indicators.accompaniedNationally(jisr)).isEqualTo(national).isGreaterThanOrEqualTo(2);
        } finally {
            clock.release();
        }
    }

    private Referral accompanied(long person, long organization, String partner, long program) {
        Referral r = scenario.refer(person, organization, program);
        scenario.asPartner(partner, r, ReferralStatus.ACCEPTED, "");
        scenario.asPartner(partner, r, ReferralStatus.IN_ACCOMPANIMENT, "");
        return r;
    }

    private void launch(Referral r, String partner, ProjectForm form) {
        fixtures.signIn(partner);
        referrals.recordStep(r.id(), new StepRequest(StepKind.PROJECT_LAUNCHED, LocalDate.now(ZoneId.of("Africa/Casablanca")),
                "", null, form));
        fixtures.signIn(scenario.agent);
    }

    private Referral current(Referral r, String partner) {
        fixtures.signIn(partner);
        Referral now = referrals.find(r.id()).orElseThrow();
        fixtures.signIn(scenario.agent);
        return now;
    }

    private void supervise() {
        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
    }

    private List<String> rows(String sql) {
        return fixtures.jdbc().sql(sql).query(String.class).list();
    }
}
