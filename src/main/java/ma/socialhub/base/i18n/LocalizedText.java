package ma.socialhub.base.i18n;

/** A name kept in the four languages of the hub (a center's, a service's, a region's). */
public record LocalizedText(String ar, String zgh, String fr, String en) {

    public String in(HubLanguage language) {
        return switch (language) {
            case ARABIC -> ar;
            case TAMAZIGHT -> zgh;
            case FRENCH -> fr;
            case ENGLISH -> en;
        };
    }
}
