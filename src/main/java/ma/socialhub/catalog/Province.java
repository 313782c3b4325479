package ma.socialhub.catalog;

import ma.socialhub.base.i18n.LocalizedText;

/** A province or prefecture, in its region. */
public record Province(int id, short regionId, LocalizedText name) {
}
