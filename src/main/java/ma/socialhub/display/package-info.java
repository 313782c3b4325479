@NullMarked
package ma.socialhub.display;

import org.jspecify.annotations.NullMarked;
