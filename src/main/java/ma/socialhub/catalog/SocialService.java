package ma.socialhub.catalog;

import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.LocalizedText;

/**
 * What a citizen can come for. The {@code letter} prefixes its ticket numbers; the pictogram key
 * names the picture shown on kiosk tiles for people who cannot read.
 */
public record SocialService(long id, String code, char letter, String pictogram, LocalizedText name,
        int targetWaitMinutes, int serviceMinutes, LocalizedText documents) {

    /** The documents to bring, one a line, in {@code language}; empty when none are needed. */
    public List<String> documentsIn(HubLanguage language) {
        return documents.in(language).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
