/** What every PDF of the hub shares: fonts that write Latin, Arabic and Tifinagh, and cells that lay each out. */
@NullMarked
package ma.socialhub.base.pdf;

import org.jspecify.annotations.NullMarked;
