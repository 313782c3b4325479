/**
 * Referrals: a person sent from a center to a partner (an incubator or an institution), possibly
 * for a program, and the referral's life from proposed to completed or dropped, every change dated
 * with who and why.
 */
@NullMarked
@OwnsTables(value = {"referral", "referral_event", "accompaniment_step", "program_participant", "program_region_count", "project_launch_count", "referral_status_count"},
        publishes = {"referral_open"})
package ma.socialhub.referral;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
