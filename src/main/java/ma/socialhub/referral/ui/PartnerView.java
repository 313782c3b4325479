package ma.socialhub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.SharedFile;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.staff.StaffDirectory;
import ma.socialhub.staff.StaffMember;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;

/**
 * The incubator's or partner institution's desk: the referrals addressed to it — to answer,
 * being accompanied, closed — the longest waiting first, and the one picked, to work on.
 */
@Route("partner")
@RolesAllowed(Roles.INCUBATOR)
public class PartnerView extends VerticalLayout implements HasDynamicTitle {

    private static final Map<String, Set<ReferralStatus>> FILTERS = Map.of(
            "toAnswer", EnumSet.of(ReferralStatus.SENT),
            "accompanying", EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_ACCOMPANIMENT),
            "closed", EnumSet.of(ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.DROPPED));
    private static final List<String> ORDER = List.of("toAnswer", "accompanying", "closed");

    private final Referrals referrals;
    private final Beneficiaries beneficiaries;
    private final Tabs filter = new Tabs();
    private final Grid<Referral> grid = new Grid<>();
    private final PartnerReferralPanel panel;
    private Map<Long, SharedFile> people = Map.of();

    public PartnerView(Referrals referrals, Beneficiaries beneficiaries, Directory directory, Catalog catalog, Visits visits,
            StaffDirectory staff, AuthenticationContext auth) {
        this.referrals = referrals;
        this.beneficiaries = beneficiaries;
        this.panel = new PartnerReferralPanel(referrals, directory, catalog, visits, this::reload);
        addClassName("partner-view");
        StaffMember me = staff.current().orElseThrow();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        String organization = me.organizationId() == null ? ""
                : directory.organization(me.organizationId()).map(o -> o.name().in(language)).orElse("");
        Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        Span who = new Span(organization + " · " + me.displayName());
        who.addClassName("partner-organization");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("partner.title")), who, new LanguageSwitcher(), signOut);
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);

        for (String key : ORDER) {
            Tab tab = new Tab(getTranslation("partner.filter." + key));
            tab.setId("partner-filter-" + key);
            filter.add(tab);
        }
        filter.addSelectedChangeListener(e -> load(null));

        grid.addColumn(r -> referrals.daysInStatus(r)).setHeader(getTranslation("partner.days")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(r -> referrals.isStale(r) ? "stale" : null);
        grid.addColumn(r -> name(shownFor(r))).setHeader(getTranslation("partner.person"));
        grid.addColumn(r -> r.programId() == null ? "" : directory.program(r.programId()).map(p -> p.name().in(language)).orElse(""))
                .setHeader(getTranslation("partner.program"));
        grid.addColumn(r -> getTranslation("referral.status." + r.status().name())).setHeader(getTranslation("partner.status"));
        grid.addClassName("partner-grid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            Referral picked = e.getValue();
            if (picked == null) {
                panel.clear();
            } else {
                panel.show(picked, shownFor(picked));
            }
        });
        Div list = new Div(filter, grid);
        list.addClassName("partner-list");
        Div body = new Div(list, panel);
        body.addClassName("partner-body");
        add(header, body);
        load(null);
    }

    /** Re-reads the list after a change and keeps the same referral open. */
    private void reload() {
        Referral picked = grid.asSingleSelect().getValue();
        load(picked == null ? null : picked.id());
    }

    private void load(@Nullable Long keep) {
        Set<ReferralStatus> statuses = FILTERS.get(ORDER.get(Math.max(0, filter.getSelectedIndex())));
        List<Referral> shown = referrals.addressedToMe(statuses);
        people = beneficiaries.sharedWithMe(shown.stream().map(Referral::beneficiaryId).distinct().toList()).stream()
                .collect(Collectors.toMap(SharedFile::id, Function.identity(), (a, b) -> a, HashMap::new));
        grid.setItems(shown);
        Referral again = keep == null ? null : referrals.find(keep).orElse(null);
        if (again != null && statuses.contains(again.status())) {
            grid.select(shown.stream().filter(r -> r.id() == again.id()).findFirst().orElse(null));
        } else if (again != null) {
            if (!people.containsKey(again.beneficiaryId())) {
                beneficiaries.sharedWithMe(List.of(again.beneficiaryId())).forEach(f -> people.put(f.id(), f));
            }
            panel.show(again, shownFor(again));
        } else {
            panel.clear();
        }
    }

    /**
     * What this referral shows of its person: who they are while it is accepted or in accompaniment,
     * a profile without identity while it waits for an answer, nothing once it is closed — even when
     * another, open referral of the same person lets the partner know them.
     */
    private @Nullable SharedFile shownFor(Referral referral) {
        SharedFile person = people.get(referral.beneficiaryId());
        return switch (referral.status()) {
            case ACCEPTED, IN_ACCOMPANIMENT -> person;
            case SENT -> person == null ? null : person.withoutIdentity();
            default -> null;
        };
    }

    private String name(@Nullable SharedFile person) {
        if (person == null) {
            return getTranslation("partner.personHidden");
        }
        if (!person.identified()) {
            return getTranslation("partner.personNotYet");
        }
        return person.nameLatin().isBlank() ? person.nameAr() : person.nameLatin();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner.title");
    }
}
