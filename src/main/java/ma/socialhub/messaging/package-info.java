/**
 * Messages to citizens (issue 17, ADR 0026): an outbox in PostgreSQL written in the transaction of
 * what causes a message, a sender on every node that works it off through SMPP 3.4 or HTTP, the
 * citizen's consent and opt-out, quiet hours, and the texts in four languages.
 */
@NullMarked
package ma.socialhub.messaging;

import org.jspecify.annotations.NullMarked;
