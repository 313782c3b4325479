@NullMarked
package ma.socialhub.catalog;

import org.jspecify.annotations.NullMarked;
