@NullMarked
package ma.socialhub.base;

import org.jspecify.annotations.NullMarked;
