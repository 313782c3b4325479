package ma.socialhub.catalog;

import java.time.ZoneId;
import ma.socialhub.base.i18n.LocalizedText;

/** A social center: where kiosks, counters and a display stand. {@code code} is its URL slug. */
public record Center(long id, String code, String kind, LocalizedText name, int provinceId, short regionId,
        ZoneId timeZone) {
}
