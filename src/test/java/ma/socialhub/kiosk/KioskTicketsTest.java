package ma.socialhub.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

@IntegrationTest
class KioskTicketsTest {

    @Autowired KioskTickets kioskTickets;
    @Autowired KioskDevices devices;
    @Autowired KioskRegistry registry;
    @Autowired Fixtures fixtures;

    long center;
    String code;
    long serviceA;
    String credential;

    @BeforeEach
    void setUp() {
        center = fixtures.center();
        code = fixtures.code(center);
        serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA, fixtures.service('B'));
        credential = fixtures.kiosk(center);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void aRegisteredKioskIssuesForItsCenter() {
        assertThat(issue(credential, code, "k1")).isInstanceOf(IssueResult.Issued.class);
        assertThat(fixtures.jdbc().sql("SELECT kiosk_id FROM ticket WHERE center_id = ?").param(center)
                .query(String.class).single()).isEqualTo(credential.substring(0, credential.indexOf('.')));
    }

    @Test
    void withoutAValidCredentialNothingIsIssued() {
        assertThat(issue("", code, "k1")).isInstanceOf(IssueResult.ServiceNotOffered.class);
        assertThat(issue(credential + "0", code, "k2")).isInstanceOf(IssueResult.ServiceNotOffered.class);
        assertThat(issue("no-such-kiosk.secret", code, "k3")).isInstanceOf(IssueResult.ServiceNotOffered.class);
        assertThat(ticketCount()).isZero();
    }

    @Test
    void aKioskCannotIssueForAnotherCenter() {
        long other = fixtures.center();
        fixtures.counter(other, "1", serviceA);
        assertThat(issue(credential, fixtures.code(other), "k1")).isInstanceOf(IssueResult.ServiceNotOffered.class);
    }

    @Test
    void aRotatedSecretStopsWorkingAtOnceAndTheNewOneWorks() {
        String kioskId = credential.substring(0, credential.indexOf('.'));
        fixtures.signIn(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        String rotated = devices.rotate(kioskId);
        assertThat(issue(credential, code, "k1")).isInstanceOf(IssueResult.ServiceNotOffered.class);
        assertThat(issue(rotated, code, "k2")).isInstanceOf(IssueResult.Issued.class);
        assertThat(fixtures.jdbc().sql("SELECT token_hash FROM kiosk_device WHERE kiosk_id = ?").param(kioskId)
                .query(String.class).single()).doesNotContain(rotated.substring(rotated.indexOf('.') + 1));
    }

    @Test
    void aServiceTheKioskDoesNotShowCannotBeTakenThere() {
        String onlyB = fixtures.kiosk(center, "services = B");
        assertThat(issue(onlyB, code, "k1")).isInstanceOf(IssueResult.ServiceNotOffered.class);
    }

    @Test
    void theRateLimitCountsTheKiosksTicketsOfTheLastMinute() {
        String slow = fixtures.kiosk(center, "tickets-per-minute = 2");
        assertThat(issue(slow, code, "k1")).isInstanceOf(IssueResult.Issued.class);
        assertThat(issue(slow, code, "k2")).isInstanceOf(IssueResult.Issued.class);
        assertThat(issue(slow, code, "k3")).isInstanceOf(IssueResult.RateLimited.class);
        assertThat(issue(credential, code, "k4")).isInstanceOf(IssueResult.Issued.class); // another kiosk is not limited
        assertThat(issue(slow, code, "k1")).isInstanceOf(IssueResult.Issued.class); // a repeat is not a new ticket
    }

    @Test
    void anInvalidFileStopsOnlyItsOwnKioskAndAFixedFileIsPickedUp() throws Exception {
        String good = fixtures.kiosk(center);
        Path bad = Path.of("target", "test-kiosk-config", code + "-broken.properties");
        Files.write(bad, List.of("kiosk-id = " + code + "-broken", "center = " + code, "idle-seconds = many"));
        registry.reload();
        assertThat(registry.problems().get(bad)).extracting(KioskConfigProblem::line).containsExactly(3);
        assertThat(issue(good, code, "k1")).isInstanceOf(IssueResult.Issued.class);
        assertThat(registry.kiosk(code + "-broken")).isEmpty();

        Files.write(bad, List.of("kiosk-id = " + code + "-broken", "center = " + code, "idle-seconds = 60"));
        registry.reload();
        assertThat(registry.kiosk(code + "-broken")).map(KioskConfig::idleSeconds).contains(60);
        Files.delete(bad);
        registry.reload();
        assertThat(registry.kiosk(code + "-broken")).isEmpty();
    }

    private IssueResult issue(String kioskCredential, String centerCode, String key) {
        return kioskTickets.issue(kioskCredential, centerCode, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH, key);
    }

    private int ticketCount() {
        return fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single();
    }
}
