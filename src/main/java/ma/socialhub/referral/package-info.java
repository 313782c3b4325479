/**
 * Referrals: a person sent from a center to a partner (an incubator or an institution), possibly
 * for a program, and the referral's life from proposed to completed or dropped, every change dated
 * with who and why.
 */
@NullMarked
package ma.socialhub.referral;

import org.jspecify.annotations.NullMarked;
