package ma.socialhub.kiosk;

import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;

/**
 * What one kiosk shows, from its file in {@code kiosk-config/}: its center, the services it offers
 * (by letter, in order; empty means every service of the center), its languages, how long it waits
 * before returning to the welcome screen, whether it prints and speaks, and how many tickets a
 * minute it issues at most.
 */
public record KioskConfig(
        String kioskId,
        String centerCode,
        List<Character> services,
        HubLanguage defaultLanguage,
        List<HubLanguage> languages,
        int idleSeconds,
        boolean printing,
        boolean audio,
        int ticketsPerMinute) {
}
