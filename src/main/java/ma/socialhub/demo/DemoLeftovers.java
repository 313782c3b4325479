package ma.socialhub.demo;

import java.util.List;
import ma.socialhub.base.security.SystemAuthority;
import ma.socialhub.kiosk.KioskDevices;
import ma.socialhub.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * On a node started without the demo, takes away what the demo left in its database that anyone
 * who read the README could use: the demo accounts still holding the password {@code demo} are
 * disabled (their sessions end), and kiosks still holding their demo secret get a random one. It
 * runs before the node serves anyone, and says in the log what it did. Nothing else of the demo's
 * data is touched: the centers and partners may have become real ones.
 */
@Component
@Profile("!demo")
@ConditionalOnProperty(name = "hub.kiosk.demo-secrets", havingValue = "false", matchIfMissing = true)
class DemoLeftovers implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoLeftovers.class);

    private final StaffAccounts accounts;
    private final KioskDevices kiosks;
    private final SecurityContextHolderStrategy contexts;

    DemoLeftovers(StaffAccounts accounts, KioskDevices kiosks, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.accounts = accounts;
        this.kiosks = kiosks;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void afterSingletonsInstantiated() {
        SystemAuthority.run(contexts, () -> {
            for (String username : DemoData.ACCOUNTS) {
                if (accounts.disableIfPasswordIs(username, DemoData.PASSWORD)) {
                    log.warn("Demo account '{}' with the demo's password was disabled: this node runs without the demo.", username);
                }
            }
            List<String> replaced = kiosks.replaceDemoSecrets();
            if (!replaced.isEmpty()) {
                log.warn("Kiosks {} held their demo secret: replaced. Bind their screens again with a registration code "
                        + "(Administration > Kiosks).", replaced);
            }
        });
    }
}
