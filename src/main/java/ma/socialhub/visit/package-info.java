/**
 * The visit: what happens at the counter once a ticket is received — who the person is (or an
 * anonymous visit when they refuse), what they need, what the hub proposes and the agent decides,
 * and how it ends.
 */
@NullMarked
@OwnsTables({"visit", "need", "service_need", "visit_proposal"})
package ma.socialhub.visit;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
