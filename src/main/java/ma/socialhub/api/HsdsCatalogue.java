package ma.socialhub.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Region;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.directory.OrganizationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hub's public catalogue in Open Referral HSDS 3.0 terms. It is read from the database in a
 * few statements at most once per {@code hub.hsds.cache-seconds} and kept: anyone may ask for it,
 * anonymously and as often as they like, and a page must not cost a query per item.
 *
 * <p> Each social center is an
 * organization with one physical location and one service per service it offers; each incubator or
 * partner institution is an organization with its location and the service it provides. Names come
 * in the asked language, with the Arabic (or, for Arabic, the French) name as alternate name.
 * Nothing personal is ever part of it.
 */
@Component
class HsdsCatalogue {

    /** What the catalogue publishes, as read at {@code readAt}. */
    private record Snapshot(List<Center> centers, List<Catalog.Offering> offerings, List<Organization> partners,
            Map<Short, LocalizedText> regions, Instant readAt) {
    }

    private final Catalog catalog;
    private final Directory directory;
    private final HubTranslations texts;
    private final Clock clock;
    private final Duration keep;
    private volatile @Nullable Snapshot snapshot;

    HsdsCatalogue(Catalog catalog, Directory directory, HubTranslations texts, Clock clock,
            @Value("${hub.hsds.cache-seconds:60}") int cacheSeconds) {
        this.catalog = catalog;
        this.directory = directory;
        this.texts = texts;
        this.clock = clock;
        this.keep = Duration.ofSeconds(cacheSeconds);
    }

    /** The kept catalogue, read again once it is older than the cache time (by one thread; the others keep the old one meanwhile). */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && current.readAt().plus(keep).isAfter(clock.instant())) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || !current.readAt().plus(keep).isAfter(clock.instant())) {
                current = new Snapshot(catalog.activeCenters(), catalog.allOfferings(), directory.organizations(),
                        catalog.regions().stream().collect(Collectors.toMap(Region::id, Region::name, (a, b) -> a)), clock.instant());
                snapshot = current;
            }
            return current;
        }
    }

    /** The first index of a page, or the total when the page lies past the end (a huge page number included). */
    private static int from(int page, int perPage, int total) {
        return (int) Math.min(total, (long) (page - 1) * perPage);
    }

    // --- organizations --------------------------------------------------------------------------

    HsdsModel.Page<HsdsModel.Organization> organizations(int page, int perPage, HubLanguage language) {
        Snapshot kept = snapshot();
        List<Center> centers = kept.centers();
        List<Organization> partners = kept.partners();
        int total = centers.size() + partners.size();
        int from = from(page, perPage, total);
        List<HsdsModel.Organization> contents = new ArrayList<>();
        for (int i = from; i < Math.min(total, from + perPage); i++) {
            contents.add(i < centers.size() ? organization(centers.get(i), language)
                    : organization(partners.get(i - centers.size()), language));
        }
        return HsdsModel.Page.of(contents, total, page, perPage);
    }

    // --- services -------------------------------------------------------------------------------

    HsdsModel.Page<HsdsModel.Service> services(int page, int perPage, HubLanguage language) {
        return slice(page, perPage, language, this::service, this::service);
    }

    Optional<HsdsModel.Service> service(String id, HubLanguage language) {
        Snapshot kept = snapshot();
        return HsdsIds.decode(id).flatMap(d -> switch (d.kind()) {
            case CENTER_SERVICE -> kept.offerings().stream()
                    .filter(o -> o.center().id() == d.first() && o.service().id() == d.second()).findFirst()
                    .map(o -> service(o, language));
            case PARTNER_SERVICE -> kept.partners().stream().filter(o -> o.id() == d.first()).findFirst()
                    .map(o -> service(o, language));
            default -> Optional.empty();
        });
    }

    HsdsModel.Page<HsdsModel.ServiceAtLocation> servicesAtLocations(int page, int perPage, HubLanguage language) {
        return slice(page, perPage, language, (offering, lang) -> {
            HsdsModel.Service service = service(offering, lang);
            HsdsModel.Location location = location(offering.center(), lang);
            return new HsdsModel.ServiceAtLocation(HsdsIds.of(HsdsIds.Kind.CENTER_SERVICE_AT_LOCATION, offering.center().id(),
                    offering.service().id()), service.id(), location.id(), location, service);
        }, (partner, lang) -> {
            HsdsModel.Service service = service(partner, lang);
            HsdsModel.Location location = location(partner, lang);
            return new HsdsModel.ServiceAtLocation(HsdsIds.of(HsdsIds.Kind.PARTNER_SERVICE_AT_LOCATION, partner.id()),
                    service.id(), location.id(), location, service);
        });
    }

    /** Centers' offerings first, then one service per partner. */
    private <T> HsdsModel.Page<T> slice(int page, int perPage, HubLanguage language,
            BiFunction<Catalog.Offering, HubLanguage, T> ofOffering,
            BiFunction<Organization, HubLanguage, T> ofPartner) {
        Snapshot kept = snapshot();
        int offerings = kept.offerings().size();
        List<Organization> partners = kept.partners();
        int total = offerings + partners.size();
        int from = from(page, perPage, total);
        int to = Math.min(total, from + perPage);
        List<T> contents = new ArrayList<>();
        if (from < offerings) {
            kept.offerings().subList(from, Math.min(to, offerings)).forEach(o -> contents.add(ofOffering.apply(o, language)));
        }
        for (int i = Math.max(from, offerings); i < to; i++) {
            contents.add(ofPartner.apply(partners.get(i - offerings), language));
        }
        return HsdsModel.Page.of(contents, total, page, perPage);
    }

    // --- mapping ----------------------------------------------------------------------------------

    private HsdsModel.Organization organization(Center center, HubLanguage language) {
        String kind = text(language, "hsds.kind." + center.kind(), Map.of());
        if (kind.startsWith("!")) {
            kind = text(language, "hsds.kind.OTHER", Map.of()); // a kind of center added since: no name of its own yet
        }
        return new HsdsModel.Organization(HsdsIds.of(HsdsIds.Kind.CENTER_ORGANIZATION, center.id()), center.name().in(language),
                alternate(center.name(), language), text(language, "hsds.center.description", Map.of("kind", kind,
                        "region", regionName(center.regionId(), language))), null, null);
    }

    private HsdsModel.Organization organization(Organization partner, HubLanguage language) {
        String description = partner.kind() == OrganizationKind.INCUBATOR
                ? text(language, "hsds.incubator.description", Map.of("region", regionName(partner.regionId(), language)))
                : text(language, "hsds.institution." + partner.institutionType(), Map.of());
        return new HsdsModel.Organization(HsdsIds.of(HsdsIds.Kind.PARTNER_ORGANIZATION, partner.id()),
                partner.name().in(language), alternate(partner.name(), language), description,
                partner.email().isBlank() ? null : partner.email(), null);
    }

    private HsdsModel.Service service(Catalog.Offering offering, HubLanguage language) {
        SocialService service = offering.service();
        List<String> documents = service.documentsIn(language);
        return new HsdsModel.Service(HsdsIds.of(HsdsIds.Kind.CENTER_SERVICE, offering.center().id(), service.id()),
                HsdsIds.of(HsdsIds.Kind.CENTER_ORGANIZATION, offering.center().id()), service.name().in(language),
                alternate(service.name(), language), text(language, "hsds.service.description", Map.of("center",
                        offering.center().name().in(language))), null, "active",
                documents.isEmpty() ? text(language, "hsds.service.walkIn", Map.of())
                        : text(language, "hsds.service.bring", Map.of("documents", String.join(" ; ", documents))),
                null, organization(offering.center(), language));
    }

    private HsdsModel.Service service(Organization partner, HubLanguage language) {
        String name = partner.kind() == OrganizationKind.INCUBATOR ? text(language, "hsds.incubator.service", Map.of())
                : text(language, "hsds.institution." + partner.institutionType(), Map.of());
        return new HsdsModel.Service(HsdsIds.of(HsdsIds.Kind.PARTNER_SERVICE, partner.id()),
                HsdsIds.of(HsdsIds.Kind.PARTNER_ORGANIZATION, partner.id()), name, null,
                partner.sectors().isEmpty() ? null : text(language, "hsds.incubator.sectors", Map.of("sectors",
                        String.join(", ", partner.sectors()))),
                partner.email().isBlank() ? null : partner.email(), "active", text(language, "hsds.partner.byReferral", Map.of()),
                null, organization(partner, language));
    }

    private HsdsModel.Location location(Center center, HubLanguage language) {
        return new HsdsModel.Location(HsdsIds.of(HsdsIds.Kind.CENTER_LOCATION, center.id()), "physical",
                HsdsIds.of(HsdsIds.Kind.CENTER_ORGANIZATION, center.id()), center.name().in(language),
                alternate(center.name(), language), regionName(center.regionId(), language));
    }

    private HsdsModel.Location location(Organization partner, HubLanguage language) {
        return new HsdsModel.Location(HsdsIds.of(HsdsIds.Kind.PARTNER_LOCATION, partner.id()), "physical",
                HsdsIds.of(HsdsIds.Kind.PARTNER_ORGANIZATION, partner.id()), partner.name().in(language),
                alternate(partner.name(), language), partner.address().isBlank() ? regionName(partner.regionId(), language)
                        : partner.address() + ", " + regionName(partner.regionId(), language));
    }

    private static @Nullable String alternate(LocalizedText name, HubLanguage language) {
        String other = language == HubLanguage.ARABIC ? name.fr() : name.ar();
        return other.equals(name.in(language)) ? null : other;
    }

    private String regionName(short regionId, HubLanguage language) {
        return snapshot().regions().getOrDefault(regionId, new LocalizedText("", "", "", "")).in(language);
    }

    private String text(HubLanguage language, String key, Map<String, ?> values) {
        Locale locale = language.locale();
        return values.isEmpty() ? texts.getTranslation(key, locale) : texts.getTranslation(key, locale, values);
    }
}
