package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.schedule.BookingRule;
import ma.socialhub.schedule.ClosingRule;
import ma.socialhub.schedule.OpeningHours;
import ma.socialhub.schedule.OpeningPeriod;
import ma.socialhub.schedule.ScheduleAdmin;

/**
 * Opening hours: a center's week (or one service's, when it differs), the periods that replace it
 * (public holidays, Ramadan) and how each service may be booked. Times are the center's own clock.
 */
@Route(value = "admin/hours", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OpeningHoursView extends VerticalLayout implements HasDynamicTitle {

    private final ScheduleAdmin admin;
    private final OpeningHours hours;
    private final Clock clock;
    private final ComboBox<Center> center = new ComboBox<>();
    private final Select<SocialService> service = new Select<>();
    private final WeeklyHoursEditor week = new WeeklyHoursEditor();
    private final IntegerField walkIn = new IntegerField();
    private final IntegerField early = new IntegerField();
    private final IntegerField late = new IntegerField();
    private final Div rule = new Div();
    private final Select<ClosingRule> closingRule = new Select<>();
    private final Anchor poster = new Anchor();
    private final Grid<OpeningPeriod> periods = new Grid<>();

    public OpeningHoursView(ScheduleAdmin admin, OpeningHours hours, Catalog catalog, Clock clock) {
        this.admin = admin;
        this.hours = hours;
        this.clock = clock;
        addClassName("admin-hours");
        HubLanguage language = HubLanguage.orDefault(getLocale());

        center.setLabel(getTranslation("hours.center"));
        center.setItems(catalog.activeCenters());
        center.setItemLabelGenerator(c -> c.name().in(language));
        center.addClassName("hours-center");
        service.setLabel(getTranslation("hours.scope"));
        service.setEmptySelectionAllowed(true);
        service.setEmptySelectionCaption(getTranslation("hours.allServices"));
        service.setItemLabelGenerator(s -> s == null ? getTranslation("hours.allServices") : s.letter() + " · " + s.name().in(language));
        service.addClassName("hours-service");
        center.addValueChangeListener(e -> {
            service.setItems(e.getValue() == null ? List.of() : catalog.servicesAt(e.getValue().id()));
            service.clear();
            show();
        });
        service.addValueChangeListener(e -> show());

        Button saveWeek = new Button(getTranslation("hours.saveWeek"), e -> saveWeek());
        saveWeek.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveWeek.addClassName("hours-save-week");

        walkIn.setLabel(getTranslation("hours.rule.walkIn"));
        early.setLabel(getTranslation("hours.rule.early"));
        late.setLabel(getTranslation("hours.rule.late"));
        for (IntegerField field : List.of(walkIn, early, late)) {
            field.setMin(0);
            field.setStepButtonsVisible(true);
        }
        walkIn.setMax(100);
        Button saveRule = new Button(getTranslation("hours.rule.save"), e -> saveRule());
        saveRule.addClassName("hours-save-rule");
        HorizontalLayout ruleFields = new HorizontalLayout(walkIn, early, late, saveRule);
        ruleFields.setAlignItems(Alignment.BASELINE);
        rule.add(new H3(getTranslation("hours.rule.title")), new Paragraph(getTranslation("hours.rule.explain")), ruleFields);
        rule.addClassName("hours-rule");

        periods.addColumn(p -> p.firstDay().toString()).setHeader(getTranslation("hours.period.first")).setAutoWidth(true);
        periods.addColumn(p -> p.lastDay().toString()).setHeader(getTranslation("hours.period.last")).setAutoWidth(true);
        periods.addColumn(OpeningPeriod::reason).setHeader(getTranslation("hours.period.reason")).setFlexGrow(2);
        periods.addColumn(p -> p.centerId() == null ? getTranslation("hours.period.nation") : "").setHeader(getTranslation("hours.period.scope"));
        periods.addColumn(this::summary).setHeader(getTranslation("hours.period.hours")).setFlexGrow(2);
        periods.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("hours.period.remove"), VaadinIcon.TRASH.create(), e -> remove(p));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("period-remove");
            return remove;
        }).setAutoWidth(true).setKey("remove");
        periods.setAllRowsVisible(true);
        periods.addClassName("hours-periods");
        Button addPeriod = new Button(getTranslation("hours.period.add"), VaadinIcon.PLUS.create(), e -> {
            Center here = center.getValue();
            if (here != null) {
                new PeriodDialog(here, admin::savePeriod, this::show).open();
            }
        });
        addPeriod.addClassName("hours-add-period");

        poster.setText(getTranslation("hours.poster"));
        poster.setTarget("_blank");
        poster.addClassName("hours-poster");
        closingRule.setLabel(getTranslation("hours.closing"));
        closingRule.setItems(ClosingRule.values());
        closingRule.setItemLabelGenerator(r -> getTranslation("hours.closing." + r.name()));
        closingRule.addClassName("hours-closing-rule");
        Button saveClosing = new Button(getTranslation("hours.closing.save"), e -> saveClosingRule());
        saveClosing.addClassName("hours-save-closing");
        HorizontalLayout closing = new HorizontalLayout(closingRule, saveClosing);
        closing.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("admin.nav.hours")), new Paragraph(getTranslation("hours.explain")),
                new HorizontalLayout(center, service, poster), week, saveWeek, closing, rule,
                new H3(getTranslation("hours.periods")), addPeriod, periods);
        catalog.activeCenters().stream().findFirst().ifPresent(center::setValue);
    }

    /** Shows what is saved for the center and the scope chosen. */
    private void show() {
        Center here = center.getValue();
        SocialService scope = service.getValue();
        week.show(here == null ? List.of() : admin.weekly(here.id(), scope == null ? null : scope.id()));
        rule.setVisible(here != null && scope != null);
        if (here != null) {
            closingRule.setValue(admin.closingRule(here.id()));
            poster.setHref("/book/" + here.code() + "/poster");
        }
        poster.setVisible(here != null);
        if (here != null && scope != null) {
            BookingRule current = hours.rule(here.id(), scope.id());
            walkIn.setValue(current.walkInPercent());
            early.setValue(current.earlyMinutes());
            late.setValue(current.lateMinutes());
        }
        List<OpeningPeriod> shown = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (here != null) {
            shown.addAll(admin.periods(here.id(), today.minusDays(1)));
        }
        shown.addAll(admin.periods(null, today.minusDays(1)));
        shown.sort((a, b) -> a.firstDay().compareTo(b.firstDay()));
        periods.setItems(shown);
    }

    private void saveWeek() {
        Center here = center.getValue();
        SocialService scope = service.getValue();
        if (here == null) {
            return;
        }
        week.spans().ifPresent(spans -> result(admin.setWeekly(here.id(), scope == null ? null : scope.id(), spans)));
    }

    private void saveRule() {
        Center here = center.getValue();
        SocialService scope = service.getValue();
        if (here == null || scope == null || walkIn.isEmpty() || early.isEmpty() || late.isEmpty()) {
            Problems.warn("schedule.error.incomplete");
            return;
        }
        AdminResult result = admin.setRule(here.id(), scope.id(), new BookingRule(walkIn.getValue(), early.getValue(), late.getValue()));
        if (result instanceof AdminResult.Invalid invalid) {
            Problems.show(Map.of("walkInPercent", walkIn, "window", late), invalid.problems());
        } else {
            result(result);
        }
    }

    private void saveClosingRule() {
        Center here = center.getValue();
        if (here != null && closingRule.getValue() != null) {
            result(admin.setClosingRule(here.id(), closingRule.getValue()));
        }
    }

    private void remove(OpeningPeriod period) {
        if (period.id() != null) {
            result(admin.removePeriod(period.id()));
        }
    }

    private void result(AdminResult result) {
        switch (result) {
            case AdminResult.Done done -> Problems.saved();
            case AdminResult.Invalid invalid -> invalid.problems().values().stream().distinct().forEach(Problems::warn);
            case AdminResult.Conflict conflict -> Problems.conflict();
        }
        show();
    }

    /** "Closed", or the days and hours: "lundi, mardi · 09:00–15:00". */
    private String summary(OpeningPeriod period) {
        if (period.closed()) {
            return getTranslation("hours.period.closedAllDay");
        }
        return period.spans().stream().collect(Collectors.groupingBy(s -> s.opens() + "–" + s.closes(),
                        LinkedHashMap::new, Collectors.mapping(s -> s.weekday().getDisplayName(TextStyle.SHORT, getLocale()),
                                Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getValue() + " · " + e.getKey()).collect(Collectors.joining(" ; "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.hours");
    }
}
