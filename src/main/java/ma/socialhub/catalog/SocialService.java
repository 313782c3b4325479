package ma.socialhub.catalog;

import ma.socialhub.base.i18n.LocalizedText;

/**
 * What a citizen can come for. The {@code letter} prefixes its ticket numbers; the pictogram key
 * names the picture shown on kiosk tiles for people who cannot read.
 */
public record SocialService(long id, String code, char letter, String pictogram, LocalizedText name,
        int targetWaitMinutes, int serviceMinutes) {
}
