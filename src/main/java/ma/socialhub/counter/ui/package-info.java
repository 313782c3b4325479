@NullMarked
package ma.socialhub.counter.ui;

import org.jspecify.annotations.NullMarked;
