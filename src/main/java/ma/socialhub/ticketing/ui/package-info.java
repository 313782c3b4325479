/**
 * Ticketing's screen pieces. Published as a named interface because the kiosk and the citizen's
 * phone page show a wait estimate exactly as ticketing words it ({@code WaitEstimateLabel}).
 */
@NullMarked
@NamedInterface("screens")
package ma.socialhub.ticketing.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
