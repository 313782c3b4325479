package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.WhileAttached;
import ma.socialhub.staff.Scope;
import ma.socialhub.supervision.Area;
import ma.socialhub.supervision.CenterLive;
import ma.socialhub.supervision.Supervision;
import ma.socialhub.supervision.Table;
import ma.socialhub.ticketing.QueueUpdates;
import org.jspecify.annotations.Nullable;

/**
 * The centers of an area today, live: who waits where and for how long, the longest waits first,
 * each line over its target flagged. A click opens the center's board. A supervisor of one center
 * goes straight to its board.
 */
@Route(value = "supervision", layout = SupervisionLayout.class)
@RouteAlias(value = "supervision/live", layout = SupervisionLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SupervisionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Supervision supervision;
    private final QueueUpdates updates;
    private final Grid<CenterLive> grid = new Grid<>();
    private final Div totals = new Div();
    private final Span updated = new Span();
    private @Nullable Area area;
    private List<CenterLive> shown = List.of();
    private volatile java.util.Set<Long> centerIds = java.util.Set.of();

    public SupervisionView(Supervision supervision, QueueUpdates updates) {
        this.supervision = supervision;
        this.updates = updates;
        addClassName("supervision-view");
        setSizeFull();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Grid.Column<CenterLive> name = grid.addColumn(c -> c.name().in(language)).setHeader(getTranslation("supervision.center"))
                .setFlexGrow(3).setSortable(true).setComparator(Comparator.comparing(c -> c.name().in(language)));
        grid.addColumn(c -> numbers.format(c.figures().waiting())).setHeader(getTranslation("supervision.waiting"))
                .setTextAlign(ColumnTextAlign.END).setComparator(c -> c.figures().waiting());
        Grid.Column<CenterLive> longest = grid.addColumn(new ComponentRenderer<>(this::longestWait))
                .setHeader(getTranslation("supervision.longestWait"))
                .setComparator(Comparator.comparing(c -> c.figures().longestWait() == null ? Duration.ZERO : c.figures().longestWait()));
        grid.addColumn(c -> Minutes.of(c.figures().averageWait(), this)).setHeader(getTranslation("supervision.averageWait"))
                .setComparator(Comparator.comparing(c -> c.figures().averageWait() == null ? Duration.ZERO : c.figures().averageWait()));
        grid.addColumn(c -> numbers.format(c.figures().issued())).setHeader(getTranslation("supervision.issued"))
                .setTextAlign(ColumnTextAlign.END).setComparator(c -> c.figures().issued());
        grid.addColumn(c -> numbers.format(c.figures().served())).setHeader(getTranslation("supervision.served"))
                .setTextAlign(ColumnTextAlign.END).setComparator(c -> c.figures().served());
        grid.addColumn(c -> numbers.format(c.figures().noShows())).setHeader(getTranslation("supervision.noShows"))
                .setTextAlign(ColumnTextAlign.END).setComparator(c -> c.figures().noShows());
        grid.addColumn(c -> numbers.format(c.figures().transferred())).setHeader(getTranslation("supervision.transferred"))
                .setTextAlign(ColumnTextAlign.END).setComparator(c -> c.figures().transferred());
        grid.addColumn(c -> Minutes.of(c.figures().averageService(), this)).setHeader(getTranslation("supervision.averageService"))
                .setComparator(Comparator.comparing(c -> c.figures().averageService() == null ? Duration.ZERO : c.figures().averageService()));
        grid.addColumn(c -> getTranslation("supervision.countersOpenOf", Map.of("open", c.countersOpen(), "all", c.countersAtAll())))
                .setHeader(getTranslation("supervision.countersOpen")).setComparator(CenterLive::countersOpen);
        grid.getColumns().forEach(c -> c.setSortable(true).setResizable(true).setAutoWidth(true));
        grid.setPartNameGenerator(c -> c.overTarget() ? "over-target" : null);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CenterBoardView.class, CenterBoardView.of(e.getItem().code())));
        grid.addClassName("supervision-centers");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("supervision.noCenter"));
        grid.sort(List.of(new GridSortOrder<>(longest, SortDirection.DESCENDING)));
        // long center names wrap in their column rather than pushing the figures off the screen
        name.setAutoWidth(false);
        name.setWidth("16rem");
        name.setFlexGrow(1);
        totals.addClassName("supervision-totals");
        updated.addClassName("supervision-updated");
        WhileAttached.subscribe(this, ui -> {
            var refresh = LiveRefresh.of(ui, this::refresh);
            return updates.subscribeAll(change -> {
                if (change.centerId() == 0 || centerIds.contains(change.centerId())) {
                    refresh.accept(change);
                }
            });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Area asked = AreaParameter.resolve(event.getLocation().getQueryParameters(), supervision);
        if (asked.scope().level() == Scope.Level.CENTER) {
            // one center: its board says more than a list of one
            supervision.centers(asked.scope()).stream().findFirst()
                    .ifPresent(center -> event.forwardTo(CenterBoardView.class, CenterBoardView.of(center.code())));
            return;
        }
        area = asked;
        removeAll();
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("supervision.live.title",
                Map.of("area", asked.name().in(HubLanguage.orDefault(getLocale()))))), updated);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head, new AreaPicker(supervision, asked, SupervisionView.class,
                chosen -> UI.getCurrent().navigate(SupervisionView.class, AreaParameter.query(chosen.scope()))), totals,
                new ExportButtons("centers-" + AreaParameter.of(asked.scope()), this::table), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        if (area == null) {
            return;
        }
        shown = supervision.centers(area.scope());
        centerIds = shown.stream().map(CenterLive::centerId).collect(java.util.stream.Collectors.toUnmodifiableSet());
        grid.setItems(shown);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        int waiting = shown.stream().mapToInt(c -> c.figures().waiting()).sum();
        CenterLive longest = shown.stream().filter(c -> c.figures().longestWait() != null)
                .max(Comparator.comparing(c -> c.figures().longestWait())).orElse(null);
        totals.removeAll();
        totals.add(figure(getTranslation("supervision.waiting"), numbers.format(waiting), "total-waiting"),
                figure(getTranslation("supervision.longestWait"), longest == null ? "—"
                        : Minutes.of(longest.figures().longestWait(), this) + " · " + longest.name().in(HubLanguage.orDefault(getLocale())),
                        "total-longest"),
                figure(getTranslation("supervision.served"), numbers.format(shown.stream().mapToInt(c -> c.figures().served()).sum()),
                        "total-served"),
                figure(getTranslation("supervision.overTargetCenters"),
                        numbers.format(shown.stream().filter(CenterLive::overTarget).count()), "total-over"));
        updated.setText(getTranslation("supervision.updatedAt", Map.of("time",
                DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.of("Africa/Casablanca"))
                        .format(java.time.Instant.now()))));
    }

    private static Div figure(String label, String value, String className) {
        Span big = new Span(value);
        big.addClassName("figure-value");
        Span small = new Span(label);
        small.addClassName("figure-label");
        Div box = new Div(big, small);
        box.addClassNames("figure", className);
        return box;
    }

    private Span longestWait(CenterLive center) {
        Span wait = new Span(Minutes.of(center.figures().longestWait(), this));
        if (center.overTarget()) {
            wait.addClassName("over-target-badge");
            wait.getElement().setAttribute("title", getTranslation("supervision.overTarget"));
        }
        return wait;
    }

    /** The grid as shown, for the CSV and XLSX exports. */
    private Table table() {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (CenterLive c : area == null ? List.<CenterLive>of() : supervision.centers(area.scope())) {
            rows.add(java.util.Arrays.asList(c.code(), c.name().in(language), c.figures().waiting(),
                    Minutes.number(c.figures().longestWait()), Minutes.number(c.figures().averageWait()), c.figures().issued(),
                    c.figures().served(), c.figures().noShows(), c.figures().transferred(), Minutes.number(c.figures().averageService()),
                    c.countersOpen(), c.overTarget() ? getTranslation("supervision.yes") : ""));
        }
        return new Table(getTranslation("supervision.nav.live"), List.of(getTranslation("admin.code"),
                getTranslation("supervision.center"), getTranslation("supervision.waiting"),
                getTranslation("supervision.longestWaitMinutes"), getTranslation("supervision.averageWaitMinutes"),
                getTranslation("supervision.issued"), getTranslation("supervision.served"), getTranslation("supervision.noShows"),
                getTranslation("supervision.transferred"), getTranslation("supervision.averageServiceMinutes"),
                getTranslation("supervision.countersOpen"), getTranslation("supervision.overTarget")), rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.nav.live");
    }
}
