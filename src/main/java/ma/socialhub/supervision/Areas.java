package ma.socialhub.supervision;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.staff.Scope;
import org.springframework.stereotype.Component;

/** Names areas, lists the areas one level below an area and tells an area's zone, from the catalogue. */
@Component
class Areas {

    private final Catalog catalog;
    private final HubTranslations texts;
    private final HubZone hubZone;

    Areas(Catalog catalog, HubTranslations texts, HubZone hubZone) {
        this.catalog = catalog;
        this.texts = texts;
        this.hubZone = hubZone;
    }

    /**
     * A center's own zone; the hub's for a province, a region or the nation, whose centers may
     * not share one (each center's figures still follow its own day).
     */
    ZoneId zoneOf(Scope scope) {
        return scope.level() == Scope.Level.CENTER ? catalog.zoneOf(scope.id()) : hubZone.zone();
    }

    Area of(Scope scope) {
        LocalizedText name = switch (scope.level()) {
            case NATION -> new LocalizedText(t(HubLanguage.ARABIC), t(HubLanguage.TAMAZIGHT), t(HubLanguage.FRENCH), t(HubLanguage.ENGLISH));
            case REGION -> catalog.regions().stream().filter(r -> r.id() == scope.id()).findFirst().orElseThrow().name();
            case PROVINCE -> catalog.provinces().stream().filter(p -> p.id() == scope.id()).findFirst().orElseThrow().name();
            case CENTER -> catalog.center(scope.id()).orElseThrow().name();
        };
        return new Area(scope, name);
    }

    /** The regions of the nation, the provinces of a region (with active centers), the active centers of a province. */
    List<Area> below(Scope scope) {
        return switch (scope.level()) {
            case NATION -> catalog.regions().stream()
                    .map(r -> new Area(new Scope(Scope.Level.REGION, r.id(), r.id()), r.name())).toList();
            case REGION -> catalog.provinces().stream().filter(p -> p.regionId() == scope.id())
                    .filter(p -> catalog.activeCenters().stream().anyMatch(c -> c.provinceId() == p.id()))
                    .map(p -> new Area(new Scope(Scope.Level.PROVINCE, p.id(), p.regionId()), p.name()))
                    .sorted(Comparator.comparing(a -> a.name().fr())).toList();
            case PROVINCE -> catalog.activeCenters().stream().filter(c -> c.provinceId() == scope.id())
                    .map(c -> new Area(new Scope(Scope.Level.CENTER, c.id(), c.regionId()), c.name())).toList();
            case CENTER -> List.of();
        };
    }

    private String t(HubLanguage language) {
        return texts.getTranslation("supervision.nation", language.locale());
    }
}
