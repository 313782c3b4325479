package ma.socialhub.visit;

import ma.socialhub.base.i18n.LocalizedText;

/** One item of a service's checklist of needs ({@code INCOME_PROJECT}, {@code DISABILITY_CARD}, ...). */
public record Need(String code, LocalizedText name) {
}
