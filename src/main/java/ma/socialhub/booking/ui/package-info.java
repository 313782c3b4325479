@NullMarked
package ma.socialhub.booking.ui;

import org.jspecify.annotations.NullMarked;
