package ma.socialhub.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        StaffForm form = new StaffForm("first.admin." + System.nanoTime() % 100000, "Première administratrice", "ADMIN",
                null, null, null, null, "fr", "");

        assertThat(setup.setUp("not-the-code", form, "une phrase assez longue")).isEqualTo(Map.of("code", "setup.error.code"));
        assertThat(setup.setUp(code, form, "short")).isEqualTo(Map.of("password", "password.tooShort"));
        assertThat(setup.setUp(code, form, "une phrase assez longue")).isEmpty();

        assertThat(setup.needed()).isFalse();
        assertThat(setup.setUp(code, form, "une phrase assez longue")).as("used up").isEqualTo(Map.of("code", "setup.error.code"));
        assertThat(fixtures.jdbc().sql("SELECT action FROM admin_change WHERE action = 'SETUP'").query(String.class).list()).isNotEmpty();
        administrators = new ArrayList<>(administrators);
    }
}
