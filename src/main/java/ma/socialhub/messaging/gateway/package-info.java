/**
 * The ways out to the telephone network: SMPP 3.4 to an operator or aggregator, an aggregator's
 * plain HTTP interface, or none. Internal to messaging: only {@link SmsGateways} is called.
 */
@NullMarked
package ma.socialhub.messaging.gateway;

import org.jspecify.annotations.NullMarked;
