/** What the administration of every feature shares. */
@NullMarked
package ma.socialhub.base.admin;

import org.jspecify.annotations.NullMarked;
