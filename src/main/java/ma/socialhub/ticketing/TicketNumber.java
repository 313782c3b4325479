package ma.socialhub.ticketing;

/**
 * What the citizen reads and hears: the service letter and the day's number, {@code B-017}.
 * Written left to right in every language; views isolate it inside Arabic text.
 */
public record TicketNumber(char letter, int number) {

    public TicketNumber {
        if (letter < 'A' || letter > 'Z' || number < 1) {
            throw new IllegalArgumentException("Bad ticket number " + letter + number);
        }
    }

    @Override
    public String toString() {
        return "%c-%03d".formatted(letter, number);
    }
}
