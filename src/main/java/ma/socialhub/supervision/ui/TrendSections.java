package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Program;
import ma.socialhub.referral.ProgramIndicators;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.staff.Scope;
import ma.socialhub.supervision.Area;
import ma.socialhub.supervision.CenterTrend;
import ma.socialhub.supervision.PartnerReferrals;
import ma.socialhub.supervision.ServiceTrend;
import ma.socialhub.supervision.SupervisionCharts;
import ma.socialhub.supervision.AppointmentFigures;
import ma.socialhub.supervision.SatisfactionFigures;
import ma.socialhub.supervision.Table;
import ma.socialhub.supervision.TrendReport;
import ma.socialhub.visit.VisitOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The sections of the trends screen, each a chart and the table of the same figures with its
 * exports: the reader who cannot see the chart loses nothing.
 */
class TrendSections {

    private final SupervisionCharts charts;
    private final ProgramIndicators programs;
    private final Directory directory;
    private final Catalog catalog;
    private final Area area;

    TrendSections(SupervisionCharts charts, ProgramIndicators programs, Directory directory, Catalog catalog, Area area) {
        this.charts = charts;
        this.programs = programs;
        this.directory = directory;
        this.catalog = catalog;
        this.area = area;
    }

    /**
     * Fills {@code content} with the sections of {@code report}. The exports read the report again
     * ({@code again}) when asked, rather than the screen keeping every figure for a click that may
     * never come.
     */
    void fill(Div content, TrendReport report, Supplier<TrendReport> again) {
        HubLanguage language = HubLanguage.orDefault(Minutes.locale(content));
        NumberFormat numbers = NumberFormat.getIntegerInstance(Minutes.locale(content));
        String file = AreaParameter.of(area.scope()) + "-" + report.from() + "-" + report.to();

        content.add(section(content, "supervision.heat", HeatMap.of(report, content)));

        Grid<ServiceTrend> services = new Grid<>();
        services.addColumn(s -> s.letter() + " · " + s.name().in(language)).setHeader(t(content, "supervision.service")).setFlexGrow(3);
        services.addColumn(s -> numbers.format(s.issued())).setHeader(t(content, "supervision.issued")).setTextAlign(ColumnTextAlign.END);
        services.addColumn(s -> numbers.format(s.served())).setHeader(t(content, "supervision.served")).setTextAlign(ColumnTextAlign.END);
        services.addColumn(s -> numbers.format(s.noShows())).setHeader(t(content, "supervision.noShows")).setTextAlign(ColumnTextAlign.END);
        services.addColumn(s -> numbers.format(s.transferred())).setHeader(t(content, "supervision.transferred"))
                .setTextAlign(ColumnTextAlign.END);
        services.addColumn(s -> Minutes.of(s.averageWait(), content)).setHeader(t(content, "supervision.averageWait"));
        services.addColumn(s -> Minutes.of(s.medianWait(), content)).setHeader(t(content, "supervision.median"));
        services.addColumn(s -> Minutes.of(s.p90Wait(), content)).setHeader(t(content, "supervision.p90"));
        services.addColumn(s -> t(content, "supervision.minutesValue", Map.of("minutes", s.targetWaitMinutes())))
                .setHeader(t(content, "supervision.target"));
        services.addColumn(s -> Minutes.of(s.averageService(), content)).setHeader(t(content, "supervision.averageService"));
        services.getColumns().forEach(c -> c.setSortable(true).setResizable(true).setAutoWidth(true));
        services.setItems(report.services());
        services.setAllRowsVisible(true);
        services.addClassName("trends-services");
        content.add(section(content, "supervision.chart.demand",
                new ChartBox(charts, charts.demand(report.services(), language), t(content, "supervision.chart.demand"), 760, chartHeight(report.services().size())),
                new ChartBox(charts, charts.waits(report.services(), language), t(content, "supervision.chart.waits"), 760, chartHeight(report.services().size())),
                new ExportButtons("services-" + file, () -> servicesTable(content, again.get(), language)), services));

        if (!report.appointmentServices().isEmpty()) {
            List<Component> parts = new ArrayList<>();
            parts.add(new ExportButtons("appointments-" + file, () -> appointmentsTable(content, again.get(), language)));
            parts.add(appointmentGrid(content, report.appointmentServices(), language, "supervision.service", "trends-appointments"));
            if (area.scope().level() != Scope.Level.CENTER) {
                parts.add(appointmentGrid(content, report.appointmentCenters(), language, report.placeKey(),
                        "trends-appointment-centers"));
            }
            content.add(section(content, "supervision.appointments", parts.toArray(Component[]::new)));
        }

        if (!report.satisfactionServices().isEmpty()) {
            List<Component> parts = new ArrayList<>();
            parts.add(new ExportButtons("satisfaction-" + file, () -> satisfactionTable(content, again.get(), language)));
            parts.add(satisfactionGrid(content, report.satisfactionServices(), language, "supervision.service", "trends-satisfaction"));
            if (area.scope().level() != Scope.Level.CENTER) {
                parts.add(satisfactionGrid(content, report.satisfactionCenters(), language, report.placeKey(),
                        "trends-satisfaction-centers"));
            }
            content.add(section(content, "supervision.satisfaction", parts.toArray(Component[]::new)));
        }

        if (area.scope().level() != Scope.Level.CENTER) {
            Grid<CenterTrend> centers = new Grid<>();
            centers.addColumn(c -> c.name().in(language)).setHeader(t(content, report.placeKey())).setFlexGrow(3);
            centers.addColumn(c -> numbers.format(c.issued())).setHeader(t(content, "supervision.issued"))
                    .setTextAlign(ColumnTextAlign.END).setComparator(CenterTrend::issued);
            centers.addColumn(c -> numbers.format(c.served())).setHeader(t(content, "supervision.served"))
                    .setTextAlign(ColumnTextAlign.END).setComparator(CenterTrend::served);
            centers.addColumn(c -> numbers.format(c.noShows())).setHeader(t(content, "supervision.noShows"))
                    .setTextAlign(ColumnTextAlign.END).setComparator(CenterTrend::noShows);
            centers.addColumn(c -> Minutes.of(c.averageWait(), content)).setHeader(t(content, "supervision.averageWait"))
                    .setComparator(c -> c.averageWait() == null ? 0 : c.averageWait().toSeconds());
            centers.addColumn(c -> Minutes.of(c.p90Wait(), content)).setHeader(t(content, "supervision.p90"))
                    .setComparator(c -> c.p90Wait() == null ? 0 : c.p90Wait().toSeconds());
            centers.getColumns().forEach(c -> c.setSortable(true).setResizable(true).setAutoWidth(true));
            centers.setItems(report.centers());
            centers.setAllRowsVisible(report.centers().size() <= 30);
            centers.addClassName("trends-centers");
            content.add(section(content, report.byRegion() ? "supervision.report.regions" : "supervision.report.centers",
                    new ExportButtons("centers-" + file, () -> centersTable(content, again.get(), language)), centers));
        }

        if (!report.days().isEmpty()) {
            content.add(section(content, "supervision.chart.days",
                    new ChartBox(charts, charts.days(report.days(), language), t(content, "supervision.chart.days"), 760, 280),
                    new ExportButtons("days-" + file, () -> daysTable(content, again.get()))));
        }

        Grid<Map.Entry<VisitOutcome, Integer>> outcomes = new Grid<>();
        outcomes.addColumn(e -> t(content, "visit.outcome." + e.getKey().name())).setHeader(t(content, "supervision.outcome"));
        outcomes.addColumn(e -> numbers.format(e.getValue())).setHeader(t(content, "supervision.visits")).setTextAlign(ColumnTextAlign.END);
        outcomes.setItems(new ArrayList<>(new LinkedHashMap<>(report.outcomes()).entrySet()));
        outcomes.setAllRowsVisible(true);
        outcomes.addClassName("trends-outcomes");
        content.add(section(content, "supervision.chart.outcomes",
                new ChartBox(charts, charts.outcomes(report.outcomes(), language), t(content, "supervision.chart.outcomes"), 760, 260),
                outcomes));

        Grid<PartnerReferrals> partners = new Grid<>();
        partners.addColumn(p -> p.name().in(language)).setHeader(t(content, "orientation.partner")).setFlexGrow(3);
        for (ReferralStatus status : ReferralStatus.values()) {
            partners.addColumn(p -> numbers.format(p.byStatus().getOrDefault(status, 0)))
                    .setHeader(t(content, "referral.status." + status.name())).setTextAlign(ColumnTextAlign.END);
        }
        partners.setItems(report.referrals());
        partners.setAllRowsVisible(true);
        partners.setEmptyStateText(t(content, "supervision.noReferral"));
        partners.addClassName("trends-referrals");
        List<Component> referralParts = new ArrayList<>();
        if (!report.referrals().isEmpty()) {
            referralParts.add(new ChartBox(charts, charts.referrals(report.referrals(), language), t(content, "supervision.chart.referrals"),
                    760, chartHeight(report.referrals().size())));
        }
        referralParts.add(new ExportButtons("referrals-" + file, () -> referralsTable(content, again.get(), language)));
        referralParts.add(partners);
        content.add(section(content, "supervision.chart.referrals", referralParts.toArray(Component[]::new)));

        for (Program program : directory.programs()) {
            Map<LocalizedText, int[]> regions = new LinkedHashMap<>();
            Map<Short, LocalizedText> names = new LinkedHashMap<>();
            catalog.regions().forEach(r -> names.put(r.id(), r.name()));
            for (ProgramIndicators.RegionProgress p : programs.progress(program.id())) {
                if (area.scope().regionId() == null || area.scope().regionId() == p.regionId()) {
                    regions.put(names.get(p.regionId()), new int[] {p.womenAccompanied(), p.regionalTarget() == null ? 0 : p.regionalTarget()});
                }
            }
            if (!regions.isEmpty()) {
                String title = program.name().in(language);
                Span national = new Span(program.nationalTarget() == null ? "" : t(content, "programs.nationalProgress", Map.of(
                        "count", numbers.format(programs.accompaniedNationally(program.id())),
                        "target", numbers.format(program.nationalTarget()),
                        "percent", percent(content, programs.accompaniedNationally(program.id()), program.nationalTarget()))));
                national.addClassName("trends-program-national");
                Div box = new Div(new H3(title), national,
                        new ChartBox(charts, charts.programProgress(title, regions, language), title, 760, chartHeight(regions.size())));
                box.addClassName("trends-program");
                content.add(box);
            }
        }
    }

    private static Grid<AppointmentFigures> appointmentGrid(Component where, List<AppointmentFigures> rows, HubLanguage language,
            String firstHeader, String style) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Minutes.locale(where));
        Grid<AppointmentFigures> grid = new Grid<>();
        grid.addColumn(a -> a.key() + " · " + a.name().in(language)).setHeader(t(where, firstHeader)).setFlexGrow(3);
        grid.addColumn(a -> numbers.format(a.booked())).setHeader(t(where, "supervision.booked")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> numbers.format(a.checkedIn())).setHeader(t(where, "supervision.checkedIn")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> share(where, a.noShowRate())).setHeader(t(where, "supervision.noShowRate")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> share(where, a.onTimeRate())).setHeader(t(where, "supervision.onTimeRate")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> numbers.format(a.cancelled())).setHeader(t(where, "supervision.cancelled")).setTextAlign(ColumnTextAlign.END);
        grid.getColumns().forEach(c -> c.setSortable(true).setResizable(true).setAutoWidth(true));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 30);
        grid.addClassName(style);
        return grid;
    }

    private static Grid<SatisfactionFigures> satisfactionGrid(Component where, List<SatisfactionFigures> rows, HubLanguage language,
            String firstHeader, String style) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Minutes.locale(where));
        Grid<SatisfactionFigures> grid = new Grid<>();
        grid.addColumn(f -> f.key() + " · " + f.name().in(language)).setHeader(t(where, firstHeader)).setFlexGrow(3);
        grid.addColumn(f -> numbers.format(f.said().answers())).setHeader(t(where, "supervision.answers"))
                .setTextAlign(ColumnTextAlign.END).setComparator(f -> f.said().answers());
        grid.addColumn(f -> mean(where, f.said().mean())).setHeader(t(where, "supervision.meanScore"))
                .setTextAlign(ColumnTextAlign.END).setComparator(f -> f.said().mean() == null ? 0 : f.said().mean());
        grid.addColumn(f -> share(where, f.said().satisfiedShare())).setHeader(t(where, "supervision.satisfiedShare"))
                .setTextAlign(ColumnTextAlign.END).setComparator(f -> f.said().satisfiedShare() == null ? 0 : f.said().satisfiedShare());
        grid.addColumn(f -> share(where, f.said().answers() == 0 ? null : (double) f.said().aboutWait() / f.said().answers()))
                .setHeader(t(where, "supervision.aboutWait")).setTextAlign(ColumnTextAlign.END);
        grid.getColumns().forEach(c -> c.setSortable(true).setResizable(true).setAutoWidth(true));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 30);
        grid.addClassName(style);
        return grid;
    }

    /** "4.3 / 5", or a dash without answers. */
    static String mean(Component where, @Nullable Double mean) {
        if (mean == null) {
            return "–";
        }
        NumberFormat one = NumberFormat.getNumberInstance(Minutes.locale(where));
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        return one.format(mean) + " / 5";
    }

    private static Table satisfactionTable(Component where, TrendReport report, HubLanguage language) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (SatisfactionFigures f : report.satisfactionServices()) {
            rows.add(Arrays.asList(f.key(), f.name().in(language), f.said().answers(), f.said().mean(), f.said().satisfied(),
                    f.said().aboutWait()));
        }
        return new Table(t(where, "supervision.satisfaction"), List.of(t(where, "supervision.letter"), t(where, "supervision.service"),
                t(where, "supervision.answers"), t(where, "supervision.meanScore"), t(where, "supervision.satisfied"),
                t(where, "supervision.aboutWait")), rows);
    }

    private static String share(Component where, @Nullable Double rate) {
        if (rate == null) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(Minutes.locale(where));
        percent.setMaximumFractionDigits(0);
        return percent.format(rate);
    }

    private static Table appointmentsTable(Component where, TrendReport report, HubLanguage language) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (AppointmentFigures a : report.appointmentServices()) {
            rows.add(Arrays.asList(a.key(), a.name().in(language), a.booked(), a.checkedIn(), a.noShows(), a.cancelled(), a.called(),
                    a.onTime()));
        }
        return new Table(t(where, "supervision.appointments"), List.of(t(where, "supervision.letter"), t(where, "supervision.service"),
                t(where, "supervision.booked"), t(where, "supervision.checkedIn"), t(where, "supervision.noShows"),
                t(where, "supervision.cancelled"), t(where, "supervision.called"), t(where, "supervision.onTime")), rows);
    }

    private static int chartHeight(int categories) {
        return Math.max(220, 90 + 46 * categories);
    }

    private static String percent(Component where, int count, int target) {
        NumberFormat percent = NumberFormat.getPercentInstance(Minutes.locale(where));
        percent.setMaximumFractionDigits(1);
        return percent.format(target == 0 ? 0 : (double) count / target);
    }

    private static Div section(Component where, String titleKey, Component... parts) {
        Div section = new Div(new H3(t(where, titleKey)));
        section.add(parts);
        section.addClassName("trends-section");
        return section;
    }

    private static String t(Component where, String key) {
        return where.getTranslation(key);
    }

    private static String t(Component where, String key, Map<String, ?> values) {
        return where.getTranslation(key, values);
    }

    private Table servicesTable(Component where, TrendReport report, HubLanguage language) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (ServiceTrend s : report.services()) {
            rows.add(Arrays.asList(String.valueOf(s.letter()), s.name().in(language), s.issued(), s.called(), s.served(), s.noShows(),
                    s.transferred(), Minutes.number(s.averageWait()), Minutes.number(s.medianWait()), Minutes.number(s.p90Wait()),
                    s.targetWaitMinutes(), Minutes.number(s.averageService())));
        }
        return new Table(t(where, "supervision.report.services"), List.of(t(where, "supervision.letter"), t(where, "supervision.service"),
                t(where, "supervision.issued"), t(where, "supervision.called"), t(where, "supervision.served"),
                t(where, "supervision.noShows"), t(where, "supervision.transferred"), t(where, "supervision.averageWaitMinutes"),
                t(where, "supervision.medianMinutes"), t(where, "supervision.p90Minutes"), t(where, "supervision.targetMinutes"),
                t(where, "supervision.averageServiceMinutes")), rows);
    }

    private Table centersTable(Component where, TrendReport report, HubLanguage language) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (CenterTrend c : report.centers()) {
            rows.add(Arrays.asList(c.code(), c.name().in(language), c.issued(), c.served(), c.noShows(), c.transferred(),
                    Minutes.number(c.averageWait()), Minutes.number(c.p90Wait()), Minutes.number(c.averageService())));
        }
        return new Table(t(where, report.byRegion() ? "supervision.report.regions" : "supervision.report.centers"),
                List.of(t(where, "admin.code"), t(where, report.placeKey()),
                t(where, "supervision.issued"), t(where, "supervision.served"), t(where, "supervision.noShows"),
                t(where, "supervision.transferred"), t(where, "supervision.averageWaitMinutes"), t(where, "supervision.p90Minutes"),
                t(where, "supervision.averageServiceMinutes")), rows);
    }

    private static Table daysTable(Component where, TrendReport report) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        report.days().forEach(d -> rows.add(Arrays.asList(d.day(), d.issued(), d.served())));
        return new Table(t(where, "supervision.chart.days"), List.of(t(where, "supervision.day"), t(where, "supervision.issued"),
                t(where, "supervision.served")), rows);
    }

    private static Table referralsTable(Component where, TrendReport report, HubLanguage language) {
        List<String> headers = new ArrayList<>(List.of(t(where, "orientation.partner")));
        Arrays.stream(ReferralStatus.values()).forEach(s -> headers.add(t(where, "referral.status." + s.name())));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (PartnerReferrals p : report.referrals()) {
            List<@Nullable Object> row = new ArrayList<>(List.of(p.name().in(language)));
            Arrays.stream(ReferralStatus.values()).forEach(s -> row.add(p.byStatus().getOrDefault(s, 0)));
            rows.add(row);
        }
        return new Table(t(where, "supervision.chart.referrals"), headers, rows);
    }
}
