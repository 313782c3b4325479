@NullMarked
package ma.socialhub.kiosk.ui;

import org.jspecify.annotations.NullMarked;
