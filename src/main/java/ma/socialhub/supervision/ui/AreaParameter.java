package ma.socialhub.supervision.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Optional;
import ma.socialhub.staff.Scope;
import ma.socialhub.supervision.Area;
import ma.socialhub.supervision.Supervision;

/**
 * The area a supervision screen shows, in its address ({@code ?area=region-9}), so that a view can
 * be bookmarked, shared with a colleague of the same scope, or reloaded. Whatever the address says,
 * the area is resolved through the supervisor's scope: another region's id shows their own area.
 */
final class AreaParameter {

    static final String NAME = "area";

    private AreaParameter() {
    }

    static String of(Scope scope) {
        return scope.level() == Scope.Level.NATION ? "nation" : scope.level().name().toLowerCase(Locale.ROOT) + "-" + scope.id();
    }

    static QueryParameters query(Scope scope) {
        return QueryParameters.of(NAME, of(scope));
    }

    /** The area named in the address if the supervisor may see it; their own area otherwise. */
    static Area resolve(QueryParameters parameters, Supervision supervision) {
        return parameters.getSingleParameter(NAME).flatMap(value -> parse(value, supervision)).orElseGet(supervision::home);
    }

    private static Optional<Area> parse(String value, Supervision supervision) {
        if ("nation".equals(value)) {
            return supervision.named(Scope.Level.NATION, 0);
        }
        int dash = value.indexOf('-');
        if (dash < 1) {
            return Optional.empty();
        }
        try {
            Scope.Level level = Scope.Level.valueOf(value.substring(0, dash).toUpperCase(Locale.ROOT));
            return supervision.named(level, Long.parseLong(value.substring(dash + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
