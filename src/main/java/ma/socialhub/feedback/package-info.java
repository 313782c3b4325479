/**
 * The citizen's word after a visit (issue 17): five faces, a few reasons, an optional comment
 * screened for personal data; one answer per visit, given from the ticket's own page (opened from
 * its QR code or from the SMS link). Linked to the visit's service, wait and counter, never to a
 * person; supervision reads the satisfaction beside the waits.
 */
@NullMarked
@OwnsTables({"feedback", "feedback_day", "feedback_month", "feedback_region_day", "feedback_region_month"})
package ma.socialhub.feedback;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
