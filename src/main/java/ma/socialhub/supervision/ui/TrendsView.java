package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.referral.ProgramIndicators;
import ma.socialhub.supervision.Area;
import ma.socialhub.supervision.Reports;
import ma.socialhub.supervision.Supervision;
import ma.socialhub.supervision.SupervisionCharts;
import ma.socialhub.supervision.TrendReport;
import ma.socialhub.supervision.Trends;

/**
 * An area's trends over a chosen range (30 days by default): the weekday × hour heat map, demand
 * and waits per service, each center, the days, how visits ended, referrals by partner and the
 * programs against their targets — charts with their tables, each table exportable — and the
 * monthly PDF report. The area and the range are in the address.
 */
@Route(value = "supervision/trends", layout = SupervisionLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class TrendsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Supervision supervision;
    private final Trends trends;
    private final Reports reports;
    private final SupervisionCharts charts;
    private final ProgramIndicators programs;
    private final Directory directory;
    private final Catalog catalog;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div content = new Div();

    public TrendsView(Supervision supervision, Trends trends, Reports reports, SupervisionCharts charts, ProgramIndicators programs,
            Directory directory, Catalog catalog) {
        this.supervision = supervision;
        this.trends = trends;
        this.reports = reports;
        this.charts = charts;
        this.programs = programs;
        this.directory = directory;
        this.catalog = catalog;
        addClassName("trends-view");
        DateFields.localized(from, getLocale());
        DateFields.localized(to, getLocale());
        from.setLabel(getTranslation("privacy.log.from"));
        from.addClassName("trends-from");
        to.setLabel(getTranslation("privacy.log.to"));
        to.addClassName("trends-to");
        content.addClassName("trends-content");
        content.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Area area = AreaParameter.resolve(query, supervision);
        LocalDate today = supervision.today(area.scope());
        LocalDate end = date(query, "to").orElse(today);
        LocalDate start = date(query, "from").orElse(end.minusDays(29));
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 1000) {
            start = end.minusDays(29);
        }
        from.setValue(start);
        to.setValue(end);
        removeAll();
        Button show = new Button(getTranslation("supervision.show"), e -> go(area, from.getValue(), to.getValue()));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClassName("trends-show");
        HorizontalLayout range = new HorizontalLayout(from, to, show,
                quick("supervision.range.week", area, today.minusDays(6), today),
                quick("supervision.range.month", area, today.minusDays(29), today),
                quick("supervision.range.lastMonth", area, YearMonth.from(today).minusMonths(1).atDay(1),
                        YearMonth.from(today).minusMonths(1).atEndOfMonth()),
                quick("supervision.range.year", area, today.minusDays(364), today));
        range.setAlignItems(FlexComponent.Alignment.BASELINE);
        range.setWrap(true);
        add(new H2(getTranslation("supervision.trends.title", Map.of("area", area.name().in(HubLanguage.orDefault(getLocale()))))),
                new AreaPicker(supervision, area, TrendsView.class, chosen -> go(chosen, from.getValue(), to.getValue())),
                range, new MonthlyReportPanel(reports, area, YearMonth.from(today)), content);
        content.removeAll();
        LocalDate first = start;
        LocalDate last = end;
        new TrendSections(charts, programs, directory, catalog, area).fill(content, trends.report(area.scope(), first, last),
                () -> trends.report(area.scope(), first, last));
    }

    private Button quick(String key, Area area, LocalDate start, LocalDate end) {
        Button button = new Button(getTranslation(key), e -> go(area, start, end));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void go(Area area, LocalDate start, LocalDate end) {
        if (start == null || end == null || end.isBefore(start)) {
            from.setInvalid(true);
            from.setErrorMessage(getTranslation("supervision.range.invalid"));
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put(AreaParameter.NAME, AreaParameter.of(area.scope()));
        parameters.put("from", start.toString());
        parameters.put("to", end.toString());
        UI.getCurrent().navigate(TrendsView.class, QueryParameters.simple(parameters));
    }

    private static Optional<LocalDate> date(QueryParameters query, String name) {
        try {
            return query.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.nav.trends");
    }
}
