@NullMarked
package ma.socialhub.home.ui;

import org.jspecify.annotations.NullMarked;
