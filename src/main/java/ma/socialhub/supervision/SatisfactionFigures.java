package ma.socialhub.supervision;

import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.feedback.Satisfaction;

/**
 * What citizens said of one service or one center over a range, beside its name: {@code key} is the
 * service's letter or the center's code. Comments are not here: they are read per center.
 */
public record SatisfactionFigures(String key, LocalizedText name, Satisfaction said) {
}
