/**
 * Supervision: the live board of a center, the same figures for every center of a province, a
 * region or the nation, trends over a date range, their charts and exports. Every figure is read
 * within the supervisor's scope, from the rollups the database keeps (V15) and, for "now", from
 * the tickets waiting today.
 */
@NullMarked
@OwnsTables({"service_day", "service_month", "referral_day", "referral_month", "visit_outcome_day", "visit_outcome_month", "service_day_recount", "service_month_recount", "appointment_day",
        "region_rollup_state", "region_rollup_stale", "region_service_day", "region_service_month", "region_outcome_day",
        "region_referral_day", "region_appointment_day"})
package ma.socialhub.supervision;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
