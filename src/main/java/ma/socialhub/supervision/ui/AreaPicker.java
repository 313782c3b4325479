package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.staff.Scope;
import ma.socialhub.supervision.Area;
import ma.socialhub.supervision.Supervision;

/**
 * Where the supervisor is looking: the path from their own area down to the area shown (each step
 * a link back up), and a list of the areas one level below to go down. Never offers anything above
 * or beside the supervisor's own scope.
 */
class AreaPicker extends Composite<HorizontalLayout> {

    AreaPicker(Supervision supervision, Area shown, Class<? extends Component> route,
            Consumer<Area> choose) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        HorizontalLayout bar = getContent();
        bar.addClassName("area-picker");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        List<Area> path = pathTo(supervision, shown);
        String url = RouteConfiguration.forSessionScope().getUrl(route);
        for (int i = 0; i < path.size(); i++) {
            Area step = path.get(i);
            if (i > 0) {
                Span separator = new Span();
                separator.addClassName("area-separator");
                bar.add(separator);
            }
            if (i == path.size() - 1) {
                Span here = new Span(step.name().in(language));
                here.addClassName("area-here");
                bar.add(here);
            } else {
                bar.add(new Anchor(url + "?" + AreaParameter.query(step.scope()).getQueryString(), step.name().in(language)));
            }
        }
        List<Area> below = shown.scope().level() == Scope.Level.CENTER ? List.of() : supervision.below(shown.scope());
        if (!below.isEmpty()) {
            // a combo box, not a select: a select builds a component for every area below (a province
            // may hold hundreds of centers), a combo box sends them to the browser as data, filtered by typing
            ComboBox<Area> down = new ComboBox<>();
            down.setPlaceholder(getTranslation("supervision.area.down." + shown.scope().level().name()));
            down.setAriaLabel(getTranslation("supervision.area.down." + shown.scope().level().name()));
            down.setItems(below);
            down.setItemLabelGenerator(a -> a.name().in(language));
            down.addClassName("area-down");
            down.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    choose.accept(e.getValue());
                }
            });
            bar.add(down);
        }
    }

    /** The supervisor's own area, then each level down to {@code shown}. */
    private static List<Area> pathTo(Supervision supervision, Area shown) {
        Area home = supervision.home();
        List<Area> path = new ArrayList<>();
        path.add(home);
        Scope target = shown.scope();
        Scope.Level[] levels = Scope.Level.values();
        for (int l = home.scope().level().ordinal() + 1; l <= target.level().ordinal(); l++) {
            Scope.Level level = levels[l];
            long id = switch (level) {
                case REGION -> target.regionId() == null ? 0 : target.regionId();
                case PROVINCE -> level == target.level() ? target.id() : provinceOf(supervision, target);
                case CENTER -> target.id();
                case NATION -> 0;
            };
            supervision.named(level, id).ifPresent(path::add);
        }
        return path;
    }

    private static long provinceOf(Supervision supervision, Scope center) {
        return supervision.provinceOf(center.id());
    }
}
