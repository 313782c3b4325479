@NullMarked
package ma.socialhub.display.ui;

import org.jspecify.annotations.NullMarked;
