package ma.socialhub.ticketing;

import java.util.Optional;
import ma.socialhub.base.security.HubSecrets;
import ma.socialhub.base.security.LinkSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The link printed in a ticket's QR code ({@link LinkSigner}), signed with
 * {@code hub.ticket-link-secret} when configured, else with the key kept as {@code ticket-link}.
 */
@Component
class TicketLinks {

    private final LinkSigner signer;

    TicketLinks(HubSecrets secrets, @Value("${hub.ticket-link-secret:}") String configured) {
        this.signer = new LinkSigner(secrets, "ticket-link", configured);
    }

    /** Every node has the key from its start, before any read-only page needs it. */
    @EventListener(ApplicationReadyEvent.class)
    void loadKey() {
        signer.loadKey();
    }

    String linkOf(String token) {
        return signer.linkOf(token);
    }

    /** The token of a genuine link; empty for anything altered, forged or malformed. */
    Optional<String> tokenOf(String link) {
        return signer.tokenOf(link);
    }
}
