package ma.socialhub.referral.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.LanguageSwitcher;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Program;
import ma.socialhub.referral.ProgramIndicators;
import ma.socialhub.referral.ProjectForm;
import ma.socialhub.referral.ReferralStatus;

/**
 * The programs' figures for supervisors: women accompanied per region against the target (Jisr:
 * 3,000 per region, 36,000 in all), projects launched by form, and referrals by status per partner.
 */
@Route("programs")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    public ProgramsView(ProgramIndicators indicators, Directory directory, Catalog catalog) {
        addClassName("programs-view");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        Map<Short, String> regions = regionNames(catalog, language);
        // partners' names read once, not once a row
        Map<Long, String> partnerNames = new HashMap<>();
        directory.organizations().forEach(o -> partnerNames.put(o.id(), o.name().in(language)));
        Function<Long, String> partners = id -> partnerNames.computeIfAbsent(id,
                missing -> directory.organization(missing).map(o -> o.name().in(language)).orElse(""));
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("programs.title")), new Anchor("", getTranslation("error.home")),
                new LanguageSwitcher());
        header.setAlignItems(Alignment.BASELINE);
        add(header);

        for (Program program : directory.programs()) {
            List<ProgramIndicators.RegionProgress> progress = indicators.progress(program.id());
            int total = indicators.accompaniedNationally(program.id());
            add(new H2(program.name().in(language)));
            Paragraph national = new Paragraph(program.nationalTarget() == null
                    ? getTranslation("programs.total", Map.of("count", numbers.format(total)))
                    : getTranslation("programs.nationalProgress", Map.of("count", numbers.format(total),
                            "target", numbers.format(program.nationalTarget()),
                            "percent", percent.format((double) total / program.nationalTarget()))));
            national.addClassName("program-national");
            national.getElement().setAttribute("data-program", program.code());
            Grid<ProgramIndicators.RegionProgress> grid = new Grid<>();
            grid.addColumn(p -> regions.getOrDefault(p.regionId(), "")).setHeader(getTranslation("programs.region"));
            grid.addColumn(p -> numbers.format(p.womenAccompanied())).setHeader(getTranslation("programs.women"));
            grid.addColumn(p -> p.regionalTarget() == null ? "" : numbers.format(p.regionalTarget())).setHeader(getTranslation("programs.target"));
            grid.addColumn(p -> p.regionalTarget() == null ? "" : percent.format((double) p.womenAccompanied() / p.regionalTarget()))
                    .setHeader(getTranslation("programs.percent"));
            grid.setItems(progress);
            grid.setAllRowsVisible(true);
            grid.addClassName("program-regions");
            add(national, grid);
        }

        add(new H2(getTranslation("programs.launches")));
        Grid<ProgramIndicators.Launches> launches = new Grid<>();
        launches.addColumn(l -> regions.getOrDefault(l.regionId(), "")).setHeader(getTranslation("programs.region"));
        for (ProjectForm form : ProjectForm.values()) {
            launches.addColumn(l -> numbers.format(l.byForm().getOrDefault(form, 0)))
                    .setHeader(getTranslation("referral.projectForm." + form.name()));
        }
        launches.addColumn(l -> numbers.format(l.total())).setHeader(getTranslation("programs.totalColumn"));
        launches.setItems(indicators.launches());
        launches.setAllRowsVisible(true);
        launches.addClassName("program-launches");
        add(launches);

        add(new H2(getTranslation("programs.waiting")));
        List<ProgramIndicators.Waiting> waiting = indicators.waitingTooLong();
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("programs.waiting.none"));
            none.addClassName("program-waiting-none");
            add(none);
        } else {
            // each line's day where its center is
            DateTimeFormatter day = DateTimeFormatter
                    .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            // one read a center gives both its name and its zone
            Map<Long, String> centers = new HashMap<>();
            Map<Long, ZoneId> zones = new HashMap<>();
            waiting.forEach(w -> {
                if (!centers.containsKey(w.centerId())) {
                    Optional<Center> center = catalog.center(w.centerId());
                    centers.put(w.centerId(), center.map(c -> c.name().in(language)).orElse(""));
                    zones.put(w.centerId(), center.map(Center::timeZone).orElseGet(() -> catalog.zoneOf(w.centerId())));
                }
            });
            Grid<ProgramIndicators.Waiting> late = new Grid<>();
            late.addColumn(w -> partners.apply(w.organizationId()))
                    .setHeader(getTranslation("orientation.partner")).setFlexGrow(2);
            late.addColumn(w -> centers.get(w.centerId()))
                    .setHeader(getTranslation("programs.center")).setFlexGrow(2);
            late.addColumn(w -> numbers.format(w.referrals())).setHeader(getTranslation("programs.referrals"));
            late.addColumn(w -> day.withZone(zones.get(w.centerId())).format(w.oldestSince()))
                    .setHeader(getTranslation("programs.oldest"));
            late.setItems(waiting);
            late.setAllRowsVisible(true);
            late.addClassName("program-waiting");
            add(late);
        }

        add(new H2(getTranslation("programs.byPartner")));
        Grid<Map.Entry<Long, Map<ReferralStatus, Integer>>> byPartner = new Grid<>();
        byPartner.addColumn(e -> partners.apply(e.getKey()))
                .setHeader(getTranslation("orientation.partner")).setFlexGrow(3);
        for (ReferralStatus status : ReferralStatus.values()) {
            if (status != ReferralStatus.PROPOSED) {
                byPartner.addColumn(e -> numbers.format(e.getValue().getOrDefault(status, 0)))
                        .setHeader(getTranslation("referral.status." + status.name()));
            }
        }
        byPartner.setItems(List.copyOf(indicators.referralsByStatus().entrySet()));
        byPartner.setAllRowsVisible(true);
        byPartner.addClassName("program-partners");
        add(byPartner);
    }

    private static Map<Short, String> regionNames(Catalog catalog, HubLanguage language) {
        return catalog.regions().stream().collect(Collectors.toMap(r -> r.id(), r -> r.name().in(language)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programs.title");
    }
}
