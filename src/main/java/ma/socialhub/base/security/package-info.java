@NullMarked
package ma.socialhub.base.security;

import org.jspecify.annotations.NullMarked;
