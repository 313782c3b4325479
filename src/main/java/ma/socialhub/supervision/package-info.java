/**
 * Supervision: the live board of a center, the same figures for every center of a province, a
 * region or the nation, trends over a date range, their charts and exports. Every figure is read
 * within the supervisor's scope, from the rollups the database keeps (V15) and, for "now", from
 * the tickets waiting today.
 */
@NullMarked
package ma.socialhub.supervision;

import org.jspecify.annotations.NullMarked;
