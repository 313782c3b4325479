@NullMarked
package ma.socialhub.base.ui;

import org.jspecify.annotations.NullMarked;
