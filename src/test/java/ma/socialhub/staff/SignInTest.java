package ma.socialhub.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Staff sign-in over real HTTP: throttled per account and per address, sessions ended everywhere, headers on every answer. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired StaffAccounts accounts;

    @Test
    void theRightPasswordSignsInAndAWrongOneSaysOnlyThatSignInFailed() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        assertThat(signIn(browser(), agent, "wrong-password").headers().firstValue("Location")).hasValue(url("/login?error"));
        assertThat(signIn(browser(), agent, "secret-pass").headers().firstValue("Location")).hasValue(url("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        for (int i = 0; i < 5; i++) {
            signIn(browser(), agent, "guess-" + i);
        }
        assertThat(signIn(browser(), agent, "secret-pass").headers().firstValue("Location")).hasValue(url("/login?locked"));
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM login_failure WHERE username = ?").param(agent)
                .query(Integer.class).single()).isEqualTo(5);
        // the lock passes by itself: failures older than the window no longer count
        fixtures.jdbc().sql("UPDATE login_failure SET at = at - interval '16 minutes' WHERE username = ?").param(agent).update();
        assertThat(signIn(browser(), agent, "secret-pass").headers().firstValue("Location")).hasValue(url("/"));
    }

    @Test
    void sixtyWrongPasswordsSentAtOnceGetExactlyFiveChecks() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        String address = "198.51.100." + (int) (System.nanoTime() % 200 + 1);
        ExecutorService pool = Executors.newFixedThreadPool(60);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int guess = i;
            answers.add(pool.submit(() -> {
                HttpClient client = browser();
                get(client, "/login");
                start.await();
                // an attacker told "busy" tries again, until the hub says something else
                String answer;
                do {
                    answer = signIn(client, agent, "guess-" + guess, address).headers().firstValue("Location").orElse("");
                } while (answer.equals(url("/login?busy")));
                return answer;
            }));
        }
        start.countDown();
        List<String> where = new ArrayList<>();
        for (var answer : answers) {
            where.add(answer.get());
        }
        pool.shutdown();
        // a try is counted before its password is checked: exactly five checks, whatever the timing;
        // every other try is told the account is held back
        assertThat(where.stream().filter(url("/login?error")::equals).count()).isEqualTo(5);
        assertThat(where.stream().filter(url("/login?locked")::equals).count()).isEqualTo(55);
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM login_failure WHERE username = ?").param(agent)
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(signIn(browser(), agent, "secret-pass", address).headers().firstValue("Location")).hasValue(url("/login?locked"));
    }

    @Test
    void anAccountLockedFromOneAddressStillOpensForItsOwnerElsewhere() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        for (int i = 0; i < 5; i++) {
            signIn(browser(), agent, "guess-" + i, "203.0.113.66");
        }
        assertThat(signIn(browser(), agent, "secret-pass", "203.0.113.66").headers().firstValue("Location"))
                .hasValue(url("/login?locked"));
        // the agent at their own tablet is not locked out by someone guessing from another machine
        assertThat(signIn(browser(), agent, "secret-pass", "192.0.2.10").headers().firstValue("Location")).hasValue(url("/"));
    }

    @Test
    void anAccountGuessedFromFiftyAddressesIsLockedForEveryone() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        for (int i = 0; i < 50; i++) {
            signIn(browser(), agent, "guess-" + i, "203.0.113." + (i + 100));
        }
        assertThat(signIn(browser(), agent, "secret-pass", "192.0.2.11").headers().firstValue("Location"))
                .hasValue(url("/login?locked"));
    }

    @Test
    void anUnknownAddressReachesTheHubsNotFoundPageWhileAStaffScreenStillSendsAVisitorToSignIn() throws Exception {
        // the page itself (translated, with a way home) is drawn by the router; AccessibilityIT sees it in Chromium
        HttpClient visitor = browser();
        assertThat(get(visitor, "/no-such-page").statusCode()).isEqualTo(200);
        HttpResponse<String> admin = get(visitor, "/admin/centers");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpClient agent = browser();
        signIn(agent, fixtures.agent(fixtures.center()), "secret-pass");
        assertThat(get(agent, "/no-such-page").statusCode()).isEqualTo(200);
    }

    @Test
    void reEnablingAnAccountNeverRevivesASessionOpenedBeforeItWasDisabled() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        HttpClient stolenTablet = browser();
        signIn(stolenTablet, agent, "secret-pass");
        assertThat(get(stolenTablet, "/counter").statusCode()).isEqualTo(200);
        long id = fixtures.jdbc().sql("SELECT id FROM staff_account WHERE username = ?").param(agent).query(Long.class).single();
        fixtures.asSystem(() -> {
            accounts.setEnabled(id, false);
            accounts.setEnabled(id, true);
            return null;
        });
        HttpResponse<String> after = get(stolenTablet, "/counter");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        // the owner signs in again and works
        HttpClient ownTablet = browser();
        signIn(ownTablet, agent, "secret-pass");
        assertThat(get(ownTablet, "/counter").statusCode()).isEqualTo(200);
    }

    @Test
    void namesSprayedFromACentersSharedAddressNeverLockOutAnAgentWhoWorksThere() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        String shared = "198.51.100.77";
        assertThat(signIn(browser(), agent, "secret-pass", shared).headers().firstValue("Location")).hasValue(url("/"));
        for (int i = 0; i < 25; i++) {
            signIn(browser(), "made-up-" + i + "-" + agent, "guess", shared);
        }
        assertThat(signIn(browser(), "someone-new-" + agent, "guess", shared).headers().firstValue("Location"))
                .as("a name never seen here is held back").hasValue(url("/login?locked"));
        assertThat(signIn(browser(), agent, "secret-pass", shared).headers().firstValue("Location"))
                .as("the agent who signed in here before is not").hasValue(url("/"));
    }

    @Test
    void oneMachineWithManyIpv6AddressesCountsAsOne() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        for (int i = 0; i < 5; i++) {
            signIn(browser(), agent, "guess-" + i, "2001:db8:77:1::" + Integer.toHexString(i + 1));
        }
        assertThat(signIn(browser(), agent, "secret-pass", "2001:db8:77:1:ffff::9").headers().firstValue("Location"))
                .hasValue(url("/login?locked"));
        assertThat(LoginThrottle.addressKey("2001:db8:77:1:0:0:0:1")).isEqualTo("2001:db8:77:1::/64");
        assertThat(LoginThrottle.addressKey("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void anAddressTryingManyAccountsIsHeldBack() throws Exception {
        long center = fixtures.center();
        fixtures.jdbc().sql("DELETE FROM login_failure WHERE address = '127.0.0.1'").update();
        for (int i = 0; i < 20; i++) {
            signIn(browser(), "nobody-" + i + "-" + center, "guess");
        }
        String agent = fixtures.agent(center);
        assertThat(signIn(browser(), agent, "secret-pass").headers().firstValue("Location")).hasValue(url("/login?locked"));
        fixtures.jdbc().sql("DELETE FROM login_failure WHERE address = '127.0.0.1'").update();
    }

    @Test
    void failuresOlderThanADayArePurgedAndRecentOnesKept(@Autowired LoginThrottle throttle) {
        String old = "purged-" + System.nanoTime();
        String recent = "kept-" + System.nanoTime();
        throttle.reserve(old, "203.0.113.7");
        throttle.reserve(recent, "203.0.113.7");
        fixtures.jdbc().sql("UPDATE login_failure SET at = at - interval '25 hours' WHERE username = ?").param(old).update();

        throttle.purge();

        assertThat(fixtures.jdbc().sql("SELECT username FROM login_failure WHERE username IN (?, ?)").params(old, recent)
                .query(String.class).list()).containsExactly(recent);
    }

    @Test
    void anOldBcryptPasswordStillWorksAndIsRehashedWithArgon2() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        fixtures.jdbc().sql("UPDATE staff_account SET password_hash = ? WHERE username = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder().encode("secret-pass"), agent)
                .update();
        assertThat(signIn(browser(), agent, "secret-pass").headers().firstValue("Location")).hasValue(url("/"));
        assertThat(fixtures.jdbc().sql("SELECT password_hash FROM staff_account WHERE username = ?").param(agent)
                .query(String.class).single()).startsWith("{argon2@SpringSecurity_v5_8}");
    }

    @Test
    void signOutEverywhereEndsASessionAtItsNextRequest() throws Exception {
        String agent = fixtures.agent(fixtures.center());
        HttpClient tablet = browser();
        signIn(tablet, agent, "secret-pass");
        assertThat(get(tablet, "/counter").statusCode()).isEqualTo(200);

        long id = fixtures.jdbc().sql("SELECT id FROM staff_account WHERE username = ?").param(agent).query(Long.class).single();
        fixtures.asSystem(() -> {
            accounts.signOutEverywhere(id);
            return null;
        });

        HttpResponse<String> after = get(tablet, "/counter");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpClient anyone = browser();
        for (String path : List.of("/login", "/kiosk/no-such-center", "/styles/hub.css", "/api/hsds/services", "/setup",
                "/api/v1/tickets/unknown")) {
            HttpResponse<String> response = get(anyone, path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("at ma.socialhub");
        }
        HttpResponse<String> page = get(anyone, "/login");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=(self)"));
    }

    @Test
    void anAdministratorsChangesAreAudited() {
        String agent = fixtures.agent(fixtures.center());
        long id = fixtures.jdbc().sql("SELECT id FROM staff_account WHERE username = ?").param(agent).query(Long.class).single();
        fixtures.asSystem(() -> accounts.resetPassword(id, "une phrase assez longue"));
        assertThat(fixtures.jdbc().sql("SELECT action FROM admin_change WHERE entity = 'staff_account' AND entity_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).contains("RESET_PASSWORD");
        assertThat(fixtures.asSystem(() -> accounts.resetPassword(id, "short"))).isEqualTo(
                new AdminResult.Invalid(Map.of("password", "password.tooShort")));
        assertThat(fixtures.asSystem(() -> accounts.resetPassword(id, agent + "-and-more"))).isEqualTo(
                new AdminResult.Invalid(Map.of("password", "password.containsUsername")));
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> signIn(HttpClient client, String username, String password) throws Exception {
        return signIn(client, username, password, null);
    }

    /**
     * Signs in as a browser at {@code address} would through the proxy in front of the hub: the test
     * talks from the loopback address, which is the trusted proxy by default, and forwards for it.
     */
    private HttpResponse<String> signIn(HttpClient client, String username, String password, String address) throws Exception {
        get(client, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
