package ma.socialhub.phone.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.ticketing.WaitEstimate;

/** The phone pages' texts in one language, from the hub's bundles: the page and its live updates say the same words. */
record PhoneTexts(HubTranslations translations, HubLanguage language) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    String t(String key) {
        return translations.getTranslation(key, language.locale());
    }

    String t(String key, Map<String, ?> values) {
        return translations.getTranslation(key, language.locale(), values);
    }

    String ahead(int ahead) {
        return ahead == 0 ? t("kiosk.ticket.nobodyAhead") : t("kiosk.ticket.peopleAhead", Map.of("count", ahead));
    }

    String estimate(WaitEstimate estimate) {
        return switch (estimate) {
            case WaitEstimate.Range r when r.fromMinutes() == 0 && r.toMinutes() <= 5 -> t("wait.soon");
            case WaitEstimate.Range r -> t("wait.range", Map.of("from", r.fromMinutes(), "to", r.toMinutes()));
            case WaitEstimate.NotAvailable n -> t("wait.notAvailable");
            case WaitEstimate.NotWaiting n -> "";
        };
    }

    /** "Updated at 10:42", in the center's time: what the page shows stays with the time it was true. */
    String updated(Instant at, ZoneId zone) {
        return t("phone.updated", Map.of("time", TIME.format(at.atZone(zone))));
    }
}
