@NullMarked
package ma.socialhub.ticketing.ui;

import org.jspecify.annotations.NullMarked;
