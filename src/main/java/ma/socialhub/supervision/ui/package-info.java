/** The supervision screens: the live list of an area's centers, a center's board, the trends and reports. */
@NullMarked
package ma.socialhub.supervision.ui;

import org.jspecify.annotations.NullMarked;
