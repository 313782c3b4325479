/**
 * Messages to citizens (issue 17, ADR 0026): an outbox in PostgreSQL written in the transaction of
 * what causes a message, a sender on every node that works it off through SMPP 3.4 or HTTP, the
 * citizen's consent and opt-out, quiet hours, and the texts in four languages.
 */
@NullMarked
@OwnsTables({"message_subscription", "message_outbox", "message_text", "message_gateway", "message_near_rule",
        "message_center_quiet", "message_center_name"})
package ma.socialhub.messaging;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
