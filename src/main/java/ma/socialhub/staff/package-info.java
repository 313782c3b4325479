@NullMarked
package ma.socialhub.staff;

import org.jspecify.annotations.NullMarked;
