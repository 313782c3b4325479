@NullMarked
package ma.socialhub.staff.ui;

import org.jspecify.annotations.NullMarked;
