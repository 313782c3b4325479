package ma.socialhub.base;

import java.time.ZoneId;

/**
 * The hub's own time zone, set by {@code hub.zone}: the day and the hour of what spans many
 * centers (national and regional supervision, administration, audit trails, nightly jobs). What
 * belongs to one center (its queue's day, its board, its visits and referrals) is told in that
 * center's zone instead, which the catalogue gives ({@code Catalog.zoneOf}).
 */
public record HubZone(ZoneId zone) {
}
