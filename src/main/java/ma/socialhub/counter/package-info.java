@NullMarked
package ma.socialhub.counter;

import org.jspecify.annotations.NullMarked;
