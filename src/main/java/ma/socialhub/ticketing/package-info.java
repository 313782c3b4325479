@NullMarked
@OwnsTables(value = {"ticket", "ticket_sequence", "api_request_key"},
        publishes = {"waiting_ticket"})
package ma.socialhub.ticketing;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
