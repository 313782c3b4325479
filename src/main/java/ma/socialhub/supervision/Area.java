package ma.socialhub.supervision;

import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.staff.Scope;

/** A place a supervisor can look at, with its name: the nation, a region, a province or a center. */
public record Area(Scope scope, LocalizedText name) {
}
