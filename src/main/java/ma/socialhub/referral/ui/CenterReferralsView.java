package ma.socialhub.referral.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.directory.OrganizationKind;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.referral.ChangeResult;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.staff.StaffDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The center's side of the closed loop: every referral it made, where it stands, which have waited
 * too long for the partner, and — for a declined one — sending it on to another partner in one go.
 */
@Route("referrals")
@RolesAllowed(Roles.AGENT)
public class CenterReferralsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<Set<ReferralStatus>> FILTERS = List.of(
            EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED),
            EnumSet.of(ReferralStatus.IN_ACCOMPANIMENT),
            EnumSet.of(ReferralStatus.DECLINED),
            EnumSet.of(ReferralStatus.COMPLETED, ReferralStatus.DROPPED));
    private static final List<String> NAMES = List.of("waiting", "accompanying", "declined", "closed");

    private final Referrals referrals;
    private final Beneficiaries beneficiaries;
    private final Directory directory;
    private final short region;
    private final Tabs filter = new Tabs();
    private final Grid<Referral> grid = new Grid<>();
    private final Div panel = new Div();
    private Map<Long, String> names = Map.of();

    public CenterReferralsView(Referrals referrals, Beneficiaries beneficiaries, Directory directory, Catalog catalog,
            StaffDirectory staff) {
        this.referrals = referrals;
        this.beneficiaries = beneficiaries;
        this.directory = directory;
        Long centerId = staff.current().orElseThrow().centerId();
        this.region = centerId == null ? 0 : catalog.center(centerId).map(c -> c.regionId()).orElse((short) 0);
        addClassName("center-referrals-view");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("referrals.title")),
                new Anchor("counter", getTranslation("referrals.backToCounter")), new LanguageSwitcher());
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        for (String name : NAMES) {
            Tab tab = new Tab(getTranslation("referrals.filter." + name));
            tab.setId("referrals-filter-" + name);
            filter.add(tab);
        }
        filter.addSelectedChangeListener(e -> load());
        grid.addColumn(r -> referrals.daysInStatus(r)).setHeader(getTranslation("partner.days")).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(r -> referrals.isStale(r) ? "stale" : null);
        grid.addColumn(r -> names.getOrDefault(r.beneficiaryId(), "")).setHeader(getTranslation("partner.person"));
        grid.addColumn(r -> directory.organization(r.organizationId()).map(o -> o.name().in(language)).orElse(""))
                .setHeader(getTranslation("orientation.partner"));
        grid.addColumn(r -> getTranslation("referral.status." + r.status().name())).setHeader(getTranslation("partner.status"));
        grid.addClassName("referrals-grid");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        panel.addClassName("center-referral");
        Div body = new Div(new Div(filter, grid), panel);
        body.addClassName("partner-body");
        add(header, body);
        load();
    }

    private void load() {
        List<Referral> shown = referrals.madeByMyCenter(FILTERS.get(Math.max(0, filter.getSelectedIndex())));
        names = beneficiaries.namesKnownHere(shown.stream().map(Referral::beneficiaryId).toList());
        grid.setItems(shown);
        show(null);
    }

    private void show(@Nullable Referral referral) {
        panel.removeAll();
        if (referral == null) {
            panel.add(new Paragraph(getTranslation("partner.pick")));
            return;
        }
        HubLanguage language = HubLanguage.orDefault(getLocale());
        panel.add(new H2(names.getOrDefault(referral.beneficiaryId(), "")));
        Span partner = new Span(directory.organization(referral.organizationId()).map(o -> o.name().in(language)).orElse(""));
        Span status = new Span(getTranslation("referral.status." + referral.status().name()));
        status.addClassName("referral-status");
        panel.add(partner, status);
        if (referral.firstAppointmentAt() != null) {
            Span first = new Span(getTranslation("referral.firstAppointment", Map.of("when",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                            .withZone(referrals.zoneOf(referral)).format(referral.firstAppointmentAt()))));
            first.addClassName("referral-first-appointment");
            panel.add(first);
        }
        if (referrals.isStale(referral)) {
            Span stale = new Span(getTranslation("referral.stale", Map.of("days", referrals.daysInStatus(referral))));
            stale.addClassName("referral-stale");
            panel.add(stale);
        }
        panel.add(new Paragraph(referral.reason()));
        if (referral.status() == ReferralStatus.DECLINED) {
            panel.add(redirect(referral, language));
        }
        if (referral.status().canMoveTo(ReferralStatus.DROPPED, ReferralStatus.Side.CENTER)) {
            Button withdraw = new Button(getTranslation("referrals.withdraw"), e -> new NoteDialog("referrals.withdraw", false,
                    (note, outcome) -> {
                        ChangeResult result = referrals.move(referral.id(), referral.version(), ReferralStatus.DROPPED, note);
                        if (result instanceof ChangeResult.NoteRequired) {
                            return "partner.noteRequired";
                        }
                        load();
                        return null;
                    }).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.addClassName("referral-withdraw");
            panel.add(withdraw);
        }
        panel.add(new ReferralTimeline(referrals.history(referral.id()), referrals.steps(referral.id()), referrals.zoneOf(referral)));
    }

    private Div redirect(Referral declined, HubLanguage language) {
        Div box = new Div(new H3(getTranslation("referrals.redirect.title")));
        box.addClassName("referral-redirect");
        List<Organization> candidates = candidates(declined);
        if (candidates.isEmpty()) {
            box.add(new Paragraph(getTranslation("orientation.noPartner")));
            return box;
        }
        Select<Organization> to = new Select<>();
        to.setLabel(getTranslation("orientation.partner"));
        to.setItems(candidates);
        to.setItemLabelGenerator(o -> o == null ? "" : o.name().in(language));
        to.setValue(candidates.getFirst());
        to.addClassName("redirect-partner");
        TextArea note = new TextArea(getTranslation("referral.note"));
        note.addClassName("redirect-note");
        Button send = new Button(getTranslation("referrals.redirect.send"), e -> {
            ReferResult result = referrals.redirect(declined.id(), to.getValue().id(), note.getValue());
            String key = switch (result) {
                case ReferResult.Referred referred -> "orientation.referredNow";
                case ReferResult.SharingNotAgreed notAgreed -> "orientation.sharingNotAgreed";
                case ReferResult.Invalid invalid -> invalid.problem();
                case ReferResult.NotAllowed refused -> "counter.stepRefused";
                case ReferResult.PhoneInvalid invalid -> "phone.sms.invalid";
            };
            Notification.show(UI.getCurrent().getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(result instanceof ReferResult.Referred ? NotificationVariant.LUMO_SUCCESS
                            : NotificationVariant.LUMO_WARNING);
            if (result instanceof ReferResult.Referred) {
                load();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("redirect-send");
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));
        box.add(to, note, send);
        return box;
    }

    /** Partners of the same kind as the one that declined, in the center's region first; for a program, those that run it. */
    private List<Organization> candidates(Referral declined) {
        Organization from = directory.organization(declined.organizationId()).orElse(null);
        List<Organization> all = declined.programId() != null ? directory.operatorsOf(declined.programId(), region)
                : from == null || from.kind() == OrganizationKind.INCUBATOR || from.institutionType() == null
                        ? directory.incubatorsFor(region) : directory.institutionsFor(from.institutionType(), region);
        return all.stream().filter(o -> o.id() != declined.organizationId()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("referrals.title");
    }
}
