@NullMarked
package ma.socialhub.demo;

import org.jspecify.annotations.NullMarked;
