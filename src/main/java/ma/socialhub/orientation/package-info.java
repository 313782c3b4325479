/**
 * Orientation: from a person's profile and needs, the services and programs that fit. The rules
 * are data (table {@code orientation_rule}), edited by an administrator; this package only
 * evaluates them and says, for each proposal, which rule produced it and why.
 */
@NullMarked
@OwnsTables({"orientation_rule"})
package ma.socialhub.orientation;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
