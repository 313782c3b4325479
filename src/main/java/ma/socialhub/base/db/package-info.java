@NullMarked
package ma.socialhub.base.db;

import org.jspecify.annotations.NullMarked;
