package ma.socialhub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.CatalogAdmin;
import ma.socialhub.directory.DirectoryAdmin;
import ma.socialhub.directory.OrganizationKind;
import ma.socialhub.kiosk.KioskAdmin;
import ma.socialhub.kiosk.KioskDevices;
import ma.socialhub.orientation.Orientation;
import ma.socialhub.orientation.RulesAdmin;
import ma.socialhub.orientation.TargetKind;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.staff.StaffForm;
import ma.socialhub.staff.StaffSummary;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.CounterPresence;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** What an administrator changes, checked, versioned and audited. */
@IntegrationTest
class AdministrationTest {

    static final LocalizedText NAMES = new LocalizedText("مركز", "ⴰⵎⵙⵙⵓⴷⵙ", "Centre", "Center");

    @Autowired CatalogAdmin catalog;
    @Autowired DirectoryAdmin directory;
    @Autowired RulesAdmin rules;
    @Autowired Orientation orientation;
    @Autowired KioskAdmin kiosks;
    @Autowired KioskDevices devices;
    @Autowired StaffAccounts staff;
    @Autowired Tickets tickets;
    @Autowired CounterPresence presence;
    @Autowired Fixtures fixtures;

    int province;
    String suffix;

    @BeforeEach
    void anAdministrator() {
        fixtures.center(); // makes the test province exist
        province = fixtures.jdbc().sql("SELECT id FROM province WHERE code = 'test-province'").query(Integer.class).single();
        suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aCenterIsCreatedChangedOnTheVersionItWasReadAtAndEveryChangeIsInTheTrail() {
        String code = "admin-" + suffix;
        long id = ((AdminResult.Done) catalog.saveCenter(new CatalogAdmin.CenterForm(null, 0, code, "SOCIAL_POLE", province,
                NAMES, "Africa/Casablanca", true))).id();
        CatalogAdmin.CenterRow row = catalog.centers().stream().filter(c -> c.id() == id).findFirst().orElseThrow();

        CatalogAdmin.CenterForm renamed = new CatalogAdmin.CenterForm(id, row.version(), code, "SOCIAL_POLE", province,
                new LocalizedText("مركز جديد", "ⴰⵎⵙⵙⵓⴷⵙ", "Centre renommé", "Renamed"), "Africa/Casablanca", true);
        assertThat(catalog.saveCenter(renamed)).isInstanceOf(AdminResult.Done.class);
        assertThat(catalog.saveCenter(renamed)).as("same version again").isEqualTo(new AdminResult.Conflict());
        assertThat(catalog.saveCenter(new CatalogAdmin.CenterForm(null, 0, code, "SOCIAL_POLE", province, NAMES, "Africa/Casablanca",
                true))).isEqualTo(new AdminResult.Invalid(Map.of("code", "admin.error.codeTaken")));
        assertThat(catalog.saveCenter(new CatalogAdmin.CenterForm(null, 0, "Bad Code!", "NOPE", province,
                new LocalizedText("", "", "", ""), "Mars/Olympus", true))).isEqualTo(new AdminResult.Invalid(Map.of(
                "code", "admin.error.code", "kind", "admin.error.required", "name", "admin.error.names",
                "timeZone", "admin.error.timeZone")));
        assertThat(fixtures.jdbc().sql("SELECT action FROM admin_change WHERE entity = 'center' AND entity_id = ? ORDER BY id")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("CREATE", "UPDATE");
        assertThat(fixtures.jdbc().sql("SELECT after->'name'->>'fr' FROM admin_change WHERE entity = 'center' AND entity_id = ? AND action = 'UPDATE'")
                .param(String.valueOf(id)).query(String.class).single()).isEqualTo("Centre renommé");
    }

    @Test
    void aCentersTimeZoneChangesOnlyBeforeItsFirstTicketAndIsAlwaysARegionsName() {
        long used = fixtures.center();
        long service = fixtures.service('A');
        fixtures.counters(used, 1, service);
        tickets.issue(used, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        CatalogAdmin.CenterRow row = catalog.centers().stream().filter(c -> c.id() == used).findFirst().orElseThrow();

        assertThat(catalog.saveCenter(new CatalogAdmin.CenterForm(used, row.version(), row.code(), row.kind(), row.provinceId(),
                row.name(), "Europe/Paris", row.active()))).isEqualTo(new AdminResult.Invalid(Map.of("timeZone", "admin.error.zoneInUse")));
        CatalogAdmin.CenterRow after = catalog.centers().stream().filter(c -> c.id() == used).findFirst().orElseThrow();
        assertThat(after.timeZone()).isEqualTo(row.timeZone());
        assertThat(after.version()).isEqualTo(row.version());
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM admin_change WHERE entity = 'center' AND entity_id = ?")
                .param(String.valueOf(used)).query(Integer.class).single()).isZero();

        long fresh = ((AdminResult.Done) catalog.saveCenter(new CatalogAdmin.CenterForm(null, 0, "zone-" + suffix, "SOCIAL_POLE",
                province, NAMES, "Africa/Casablanca", true))).id();
        assertThat(catalog.saveCenter(new CatalogAdmin.CenterForm(fresh, 0, "zone-" + suffix, "SOCIAL_POLE", province, NAMES,
                "Europe/Paris", true))).isEqualTo(new AdminResult.Done(fresh));
        for (String offset : List.of("UTC+1", "+01:00", "GMT", "UTC")) {
            assertThat(catalog.saveCenter(new CatalogAdmin.CenterForm(fresh, 1, "zone-" + suffix, "SOCIAL_POLE", province, NAMES,
                    offset, true))).as(offset).isEqualTo(new AdminResult.Invalid(Map.of("timeZone", "admin.error.timeZone")));
        }
    }

    @Test
    void countersGetTheirServicesAndOneThatServedTicketsIsKeptForTheRecord() {
        long center = fixtures.center();
        long service = fixtures.service('A');
        long counter = ((AdminResult.Done) catalog.addCounter(center, "7", Set.of())).id();
        assertThat(catalog.addCounter(center, "7", Set.of())).isEqualTo(new AdminResult.Invalid(Map.of("label", "admin.error.labelTaken")));
        assertThat(catalog.setCounterServices(counter, catalog.counterVersion(counter), Set.of(service))).isInstanceOf(AdminResult.Done.class);
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM counter_service WHERE counter_id = ?").param(counter).query(Integer.class).single())
                .isEqualTo(1);

        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        fixtures.signIn(fixtures.agent(center));
        presence.take(counter, false);
        assertThat(tickets.callNext(counter)).isInstanceOf(CallResult.Called.class);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        assertThat(catalog.removeCounter(counter)).isEqualTo(new AdminResult.Invalid(Map.of("counter", "admin.error.counterHasHistory")));
        long unused = ((AdminResult.Done) catalog.addCounter(center, "8", Set.of())).id();
        assertThat(catalog.removeCounter(unused)).isInstanceOf(AdminResult.Done.class);
    }

    @Test
    void aRegionHasOneReferenceIncubatorAtMost() {
        DirectoryAdmin.OrganizationForm first = incubator("ref-a-" + suffix, true);
        assertThat(directory.saveOrganization(first)).isInstanceOf(AdminResult.Done.class);
        assertThat(directory.saveOrganization(incubator("ref-b-" + suffix, true)))
                .isEqualTo(new AdminResult.Invalid(Map.of("code", "admin.error.codeOrReferenceTaken")));
        fixtures.jdbc().sql("UPDATE partner_organization SET reference = false WHERE code = ?").param("ref-a-" + suffix).update();
    }

    @Test
    void aRuleNeedsACriterionAndATargetOfItsKindAndProposesAsSoonAsSaved() {
        RulesAdmin.RuleForm nothing = rule(Set.of(), TargetKind.PROGRAM, null);
        assertThat(rules.save(nothing, Set.of("JOB"))).isEqualTo(new AdminResult.Invalid(Map.of(
                "criteria", "admin.rule.error.noCriterion", "target", "admin.rule.error.target")));
        assertThat(rules.save(rule(Set.of("NOT_A_NEED"), TargetKind.INCUBATOR, null), Set.of("JOB")))
                .isEqualTo(new AdminResult.Invalid(Map.of("criteria", "visit.error.unknownNeed")));
        long id = ((AdminResult.Done) rules.save(rule(Set.of("JOB"), TargetKind.INCUBATOR, null), Set.of("JOB"))).id();
        assertThat(orientation.activeRules()).extracting(r -> r.id()).contains(id);
        // other tests orient people against the shared database: leave no live rule behind
        fixtures.jdbc().sql("UPDATE orientation_rule SET active = false WHERE id = ?").param(id).update();
    }

    @Test
    void aNewKioskSecretWorksAtOnceAndTheOldOneStops() {
        long center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'));
        String old = fixtures.kiosk(center);
        String kioskId = old.substring(0, old.indexOf('.'));
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));

        String fresh = kiosks.newCredential(kioskId).orElseThrow();

        assertThat(devices.verify(old)).isEmpty();
        assertThat(devices.verify(fresh)).contains(kioskId);
        assertThat(kiosks.kiosks()).filteredOn(k -> k.kioskId().equals(kioskId)).singleElement()
                .satisfies(k -> assertThat(k.rotatedAt()).isNotNull());
        assertThat(kiosks.newCredential("no-such-kiosk")).isEmpty();
    }

    @Test
    void anAccountNeedsAPasswordOfThePolicyAndAScopeThatFitsItsRole() {
        long center = fixtures.center();
        assertThat(staff.create(new StaffForm("new-agent-" + suffix, "Agent", Roles.AGENT, null, null, null, null, "fr", ""),
                "une phrase assez longue")).isEqualTo(new AdminResult.Invalid(Map.of("scope", "admin.staff.error.agentCenter")));
        assertThat(staff.create(new StaffForm("new-agent-" + suffix, "Agent", Roles.AGENT, center, null, null, null, "fr", ""),
                "123456789012")).isEqualTo(new AdminResult.Invalid(Map.of("password", "password.common")));
        assertThat(staff.create(new StaffForm("new-sup-" + suffix, "Superviseur", Roles.SUPERVISOR, center, null, (short) 9, null,
                "fr", ""), "une phrase assez longue")).isEqualTo(new AdminResult.Invalid(Map.of("scope", "admin.staff.error.oneScope")));
        assertThat(staff.create(new StaffForm("new-admin-" + suffix, "Admin", Roles.ADMIN, null, null, (short) 9, null,
                "fr", ""), "une phrase assez longue")).isEqualTo(new AdminResult.Invalid(Map.of("scope", "admin.staff.error.adminNational")));
        long id = ((AdminResult.Done) staff.create(new StaffForm("new-agent-" + suffix, "Agent", Roles.AGENT, center, null, null, null,
                "fr", ""), "une phrase assez longue")).id();

        var account = staff.find(id).orElseThrow();
        staff.update(id, account.version(), new StaffForm(account.username(), "Superviseur régional", Roles.SUPERVISOR, null, null,
                (short) 9, null, "fr", ""));
        assertThat(fixtures.jdbc().sql("SELECT sessions_revoked_at IS NOT NULL FROM staff_account WHERE id = ?").param(id)
                .query(Boolean.class).single()).as("a new role ends the old sessions").isTrue();
    }

    @Test
    void aSupervisorWatchesAPlaceOrTheNationOnlyWhenItIsChosenNeverForWantOfAPlace() {
        assertThat(staff.create(new StaffForm("sup-none-" + suffix, "Superviseur", Roles.SUPERVISOR, null, null, null, null, "fr", ""),
                "une phrase assez longue")).isEqualTo(new AdminResult.Invalid(Map.of("scope", "admin.staff.error.supervisorScope")));
        assertThat(staff.create(new StaffForm("sup-both-" + suffix, "Superviseur", Roles.SUPERVISOR, null, null, (short) 9, null, "fr",
                "", true), "une phrase assez longue")).isEqualTo(new AdminResult.Invalid(Map.of("scope", "admin.staff.error.nationAlone")));
        assertThat(staff.create(new StaffForm("agent-nation-" + suffix, "Agent", Roles.AGENT, fixtures.center(), null, null, null, "fr",
                "", true), "une phrase assez longue")).isEqualTo(new AdminResult.Invalid(Map.of("scope", "admin.staff.error.nationAlone")));
        long national = ((AdminResult.Done) staff.create(new StaffForm("sup-nation-" + suffix, "Superviseur national",
                Roles.SUPERVISOR, null, null, null, null, "fr", "", true), "une phrase assez longue")).id();
        assertThat(staff.find(national)).map(StaffSummary::nation).contains(true);
        // the database holds the rule too: a supervisor without a place and without the nation cannot exist
        assertThatThrownBy(() -> fixtures.jdbc().sql("UPDATE staff_account SET nation_scope = false WHERE id = ?").param(national)
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private DirectoryAdmin.OrganizationForm incubator(String code, boolean reference) {
        return new DirectoryAdmin.OrganizationForm(null, 0, code, OrganizationKind.INCUBATOR, null, NAMES, "", (short) 11, null,
                "", "", "", List.of("CRAFTS"), 20, List.of("ar"), true, reference, true, Set.of());
    }

    private RulesAdmin.RuleForm rule(Set<String> needs, TargetKind kind, Long program) {
        return new RulesAdmin.RuleForm(null, 0, "rule-" + suffix + needs.size() + kind.ordinal(), NAMES, NAMES, Set.of(), needs, null,
                null, null, Set.of(), kind, program, null, null, 10, true);
    }
}
