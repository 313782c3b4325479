package ma.socialhub.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An empty hub has no default password: its first administrator comes from a one-time code. */
@IntegrationTest
class FirstAdministratorTest {

    @Autowired FirstAdministrator setup;
    @Autowired Fixtures fixtures;

    List<Long> administrators;

    @BeforeEach
    void anEmptyHub() {
        // other tests' administrators are set aside, as if the hub were new
        administrators = fixtures.jdbc().sql("SELECT id FROM staff_account WHERE role = 'ADMIN' AND enabled").query(Long.class).list();
        fixtures.jdbc().sql("UPDATE staff_account SET enabled = false WHERE role = 'ADMIN'").update();
    }

    @AfterEach
    void restore() {
        fixtures.jdbc().sql("UPDATE staff_account SET enabled = false WHERE role = 'ADMIN'").update();
        for (long id : administrators) {
            fixtures.jdbc().sql("UPDATE staff_account SET enabled = true WHERE id = ?").param(id).update();
        }
    }

    @Test
    void theCodePrintedAtStartUpCreatesTheFirstAdministratorOnceAndOnlyOnce() {
        assertThat(setup.needed()).isTrue();
        String code = setup.offerSetupIfNeeded().orElseThrow();
        StaffForm form = new StaffForm("first.admin." + UUID.randomUUID().toString().substring(0, 8), "Première administratrice",
                "ADMIN", null, null, null, null, "fr", "");

        assertThat(setup.setUp("not-the-code", form, "une phrase assez longue")).isEqualTo(Map.of("code", "setup.error.code"));
        assertThat(setup.setUp(code, form, "short")).isEqualTo(Map.of("password", "password.tooShort"));
        assertThat(setup.setUp(code, form, "une phrase assez longue")).isEmpty();

        assertThat(setup.needed()).isFalse();
        assertThat(setup.setUp(code, form, "une phrase assez longue")).as("used up").isEqualTo(Map.of("code", "setup.error.code"));
        // the trail names the new account, by nobody (no one was signed in), with what was set up
        long id = fixtures.jdbc().sql("SELECT id FROM staff_account WHERE username = ?").param(form.username()).query(Long.class)
                .single();
        assertThat(fixtures.jdbc().sql("""
                SELECT coalesce(staff_id::text, 'nobody') || '|' || entity || '|' || action || '|' || coalesce(before::text, 'null')
                  FROM admin_change WHERE entity_id = ? AND action = 'SETUP'""").param(String.valueOf(id)).query(String.class).list())
                .containsExactly("nobody|staff_account|SETUP|null");
        String expected = """
                {"username": "%s", "displayName": "Première administratrice", "role": "ADMIN", "centerId": null,
                 "provinceId": null, "regionId": null, "organizationId": null, "language": "fr", "email": "", "nation": false}
                """.formatted(form.username());
        // both read back through jsonb, so that only the values count, not the order of the keys
        assertThat(fixtures.jdbc().sql("SELECT after::text FROM admin_change WHERE entity_id = ? AND action = 'SETUP'")
                .param(String.valueOf(id)).query(String.class).single())
                .isEqualTo(fixtures.jdbc().sql("SELECT CAST(? AS jsonb)::text").param(expected).query(String.class).single());
    }
}
