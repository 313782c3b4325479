@NullMarked
package ma.socialhub.phone.ui;

import org.jspecify.annotations.NullMarked;
