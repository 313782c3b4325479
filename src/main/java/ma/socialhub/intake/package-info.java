/**
 * Receiving a person at the counter: finding them or registering them, their consent, and the
 * trail of every look at their data. ID card, phone and social registry numbers are encrypted at
 * rest and found by keyed hash (see docs/adr/0008).
 */
@NullMarked
package ma.socialhub.intake;

import org.jspecify.annotations.NullMarked;
