package ma.socialhub.ticketing;

/** The kiosk a ticket comes from and the most tickets a minute it may issue. */
public record KioskLimit(String kioskId, int ticketsPerMinute) {
}
