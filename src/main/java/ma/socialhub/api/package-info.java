@NullMarked
package ma.socialhub.api;

import org.jspecify.annotations.NullMarked;
