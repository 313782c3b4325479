@NullMarked
package ma.socialhub.ticketing;

import org.jspecify.annotations.NullMarked;
