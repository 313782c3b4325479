/**
 * Receiving a person at the counter: finding them or registering them, their consent, and the
 * trail of every look at their data. ID card, phone and social registry numbers are encrypted at
 * rest and found by keyed hash (see docs/adr/0008).
 */
@NullMarked
@OwnsTables(value = {"beneficiary", "beneficiary_center", "consent", "personal_data_access", "access_alert"},
        publishes = {"sealed_identifier"})
package ma.socialhub.intake;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
