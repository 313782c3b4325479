package ma.socialhub.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import ma.socialhub.base.security.HubSecrets;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Ticket links across nodes: one key, made once, read by every node whatever it does first. */
@IntegrationTest
class TicketLinksTest {

    @Autowired HubSecrets secrets;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aNodeWhoseFirstUseIsAPhonePageReadsTheKeyAnotherNodeMade() {
        String link = new TicketLinks(secrets, "").linkOf("a-token-issued-on-node-a");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        TicketLinks nodeB = new TicketLinks(secrets, "");
        Optional<String> genuine = readOnly.execute(tx -> nodeB.tokenOf(link));
        Optional<String> altered = readOnly.execute(tx -> nodeB.tokenOf(link.replace("node-a", "node-b")));
        assertThat(genuine).contains("a-token-issued-on-node-a");
        assertThat(altered).isEmpty();
    }
}
