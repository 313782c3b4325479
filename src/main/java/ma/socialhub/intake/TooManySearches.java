package ma.socialhub.intake;

/**
 * A member of staff has searched for people more often in the last hour than a counter's work
 * needs ({@code hub.intake.searches-per-hour}): further searches are refused for the hour, and the
 * supervisor is told (see {@link AccessAlerts}).
 */
public class TooManySearches extends RuntimeException {

    TooManySearches() {
        super("Too many searches for people in the last hour", null, false, false);
    }
}
