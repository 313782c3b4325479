@NullMarked
package ma.socialhub.kiosk;

import org.jspecify.annotations.NullMarked;
