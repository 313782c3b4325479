@NullMarked
package ma.socialhub;

import org.jspecify.annotations.NullMarked;
