@NullMarked
package ma.socialhub.base.i18n;

import org.jspecify.annotations.NullMarked;
