package ma.socialhub.catalog;

import ma.socialhub.base.i18n.LocalizedText;

/** One of the 12 regions. */
public record Region(short id, String code, LocalizedText name) {
}
