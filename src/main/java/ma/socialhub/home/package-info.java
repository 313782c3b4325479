@NullMarked
package ma.socialhub.home;

import org.jspecify.annotations.NullMarked;
