package ma.socialhub.demo;

import java.util.List;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.security.SystemAuthority;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import ma.socialhub.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

/**
 * Loads the demo centers, services, counters, partners, programs, needs, orientation rules and one
 * account per role, once, into an empty
 * database. On with the {@code demo} profile (the embedded run switches it on). The places and
 * institutions are those named in the source articles; see README for the accounts.
 */
@Component
@Profile("demo")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PASSWORD = "demo";
    /** The demo's accounts, all with {@link #PASSWORD} (README); disabled by {@link DemoLeftovers} on a node without the demo. */
    static final List<String> ACCOUNTS = List.of("agent", "agent.ar", "supervisor", "admin", "incubator");
    /** The demo's centers (README). */
    static final List<String> CENTERS = List.of("agadir", "ait-melloul", "argana", "tamsia", "ouled-mbarek", "al-qods",
            "beni-mellal-elderly", "lalla-amina-foum-oudi", "marrakech", "rabat");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final TransactionTemplate tx;
    private final SecurityContextHolderStrategy contexts;

    DemoData(DataSource dataSource, JdbcClient jdbc, StaffAccounts accounts, TransactionTemplate tx,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            boolean loaded = jdbc.sql("SELECT count(*) FROM center WHERE code = 'agadir'").query(Integer.class).single() > 0;
            if (!loaded) {
                new ResourceDatabasePopulator(new ClassPathResource("db/demo/demo-data.sql")).execute(dataSource);
                log.info("Demo data loaded: centers, services, counters");
            }
            boolean partners = jdbc.sql("SELECT count(*) FROM program WHERE code = 'jisr'").query(Integer.class).single() > 0;
            if (!partners) {
                new ResourceDatabasePopulator(new ClassPathResource("db/demo/demo-partners.sql")).execute(dataSource);
                log.info("Demo data loaded: incubators, institutions, programs, needs, orientation rules");
            }
        });
        // the demo centers open Monday to Friday, 08:30 to 16:30 (the administration's hours), until
        // an administrator says otherwise
        jdbc.sql("""
                INSERT INTO opening_hours (center_id, weekday, opens, closes)
                SELECT c.id, d, time '08:30', time '16:30' FROM center c CROSS JOIN generate_series(1, 5) d
                 WHERE c.code IN (:codes) AND NOT EXISTS (SELECT 1 FROM opening_hours h WHERE h.center_id = c.id)
                """).param("codes", CENTERS).update();
        // the demo accounts are made as the system: creating accounts is an administrator's act
        SystemAuthority.run(contexts, this::accounts);
    }

    private void accounts() {
        long agadir = jdbc.sql("SELECT id FROM center WHERE code = 'agadir'").query(Long.class).single();
        accounts.ensure("agent", PASSWORD, "Fatima Zahra Amrani", Roles.AGENT, agadir, "fr");
        accounts.ensure("agent.ar", PASSWORD, "خديجة أيت باها", Roles.AGENT, agadir, "ar");
        accounts.ensure("supervisor", PASSWORD, "Youssef El Idrissi", Roles.SUPERVISOR, null, "fr");
        accounts.ensure("admin", PASSWORD, "Administrateur", Roles.ADMIN, null, "fr");
        long soussMassaIncubator = jdbc.sql("SELECT id FROM partner_organization WHERE code = 'incubateur-ref-sma'")
                .query(Long.class).single();
        accounts.ensure("incubator", PASSWORD, "Incubateur Souss-Massa (démo)", Roles.INCUBATOR, null, soussMassaIncubator, "fr");
        // a node run without the demo may have disabled them (DemoLeftovers): the demo wants them back
        for (String username : ACCOUNTS) {
            jdbc.sql("SELECT id FROM staff_account WHERE username = ? AND NOT enabled").param(username).query(Long.class).optional()
                    .ifPresent(id -> accounts.setEnabled(id, true));
        }
        // an account made before partners had organizations gets the demo one
        jdbc.sql("UPDATE staff_account SET organization_id = ? WHERE username = 'incubator' AND organization_id IS NULL")
                .param(soussMassaIncubator).update();
    }
}
