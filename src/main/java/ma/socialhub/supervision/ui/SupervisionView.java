package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
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
    private final Clock clock;
    private final Grid<CenterLive> grid = new Grid<>();
    private final Div totals = new Div();
    private final Span updated = new Span();
    private final Map<String, Comparator<CenterLive>> sorts = new HashMap<>();
    private @Nullable Area area;
    /** The area's centers as read by the refresh under way; dropped by the grid's first read of them. */
    private @Nullable List<CenterLive> snapshot;
    private int count;
    /** Which centers' changes concern this screen: sorted ids, 8 bytes a center. */
    private volatile long[] centerIds = new long[0];

    public SupervisionView(Supervision supervision, QueueUpdates updates, Clock clock) {
        this.supervision = supervision;
        this.updates = updates;
        this.clock = clock;
        addClassName("supervision-view");
        setSizeFull();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Grid.Column<CenterLive> name = sortedBy("name", Comparator.comparing(c -> c.name().in(language)),
                grid.addColumn(c -> c.name().in(language)).setHeader(getTranslation("supervision.center")).setFlexGrow(3));
        sortedBy("waiting", Comparator.comparingInt(c -> c.figures().waiting()),
                grid.addColumn(c -> numbers.format(c.figures().waiting())).setHeader(getTranslation("supervision.waiting"))
                        .setTextAlign(ColumnTextAlign.END));
        Grid.Column<CenterLive> longest = sortedBy("longest", byDuration(c -> c.figures().longestWait()),
                grid.addColumn(new ComponentRenderer<>(this::longestWait)).setHeader(getTranslation("supervision.longestWait")));
        sortedBy("average", byDuration(c -> c.figures().averageWait()),
                grid.addColumn(c -> Minutes.of(c.figures().averageWait(), this)).setHeader(getTranslation("supervision.averageWait")));
        sortedBy("issued", Comparator.comparingInt(c -> c.figures().issued()),
                grid.addColumn(c -> numbers.format(c.figures().issued())).setHeader(getTranslation("supervision.issued"))
                        .setTextAlign(ColumnTextAlign.END));
        sortedBy("served", Comparator.comparingInt(c -> c.figures().served()),
                grid.addColumn(c -> numbers.format(c.figures().served())).setHeader(getTranslation("supervision.served"))
                        .setTextAlign(ColumnTextAlign.END));
        sortedBy("noShows", Comparator.comparingInt(c -> c.figures().noShows()),
                grid.addColumn(c -> numbers.format(c.figures().noShows())).setHeader(getTranslation("supervision.noShows"))
                        .setTextAlign(ColumnTextAlign.END));
        sortedBy("transferred", Comparator.comparingInt(c -> c.figures().transferred()),
                grid.addColumn(c -> numbers.format(c.figures().transferred())).setHeader(getTranslation("supervision.transferred"))
                        .setTextAlign(ColumnTextAlign.END));
        sortedBy("service", byDuration(c -> c.figures().averageService()),
                grid.addColumn(c -> Minutes.of(c.figures().averageService(), this)).setHeader(getTranslation("supervision.averageService")));
        sortedBy("counters", Comparator.comparingInt(CenterLive::countersOpen),
                grid.addColumn(c -> getTranslation("supervision.countersOpenOf", Map.of("open", c.countersOpen(), "all", c.countersAtAll())))
                        .setHeader(getTranslation("supervision.countersOpen")));
        grid.getColumns().forEach(c -> c.setResizable(true).setAutoWidth(true));
        // the rows are read when the grid shows them, not kept: a national list has thousands of centers
        grid.setItems(query -> page(query.getSortOrders(), query.getOffset(), query.getLimit()), query -> count);
        grid.setPartNameGenerator(c -> c.overTarget() ? "over-target" : null);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CenterBoardView.class, CenterBoardView.of(e.getItem().code())));
        grid.addClassName("supervision-centers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
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
                if (change.centerId() == 0 || Arrays.binarySearch(centerIds, change.centerId()) >= 0) {
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
        List<CenterLive> shown = supervision.centers(area.scope());
        centerIds = shown.stream().mapToLong(CenterLive::centerId).sorted().toArray();
        count = shown.size();
        // the grid reads its page just before the response: from this snapshot, which it then lets go
        snapshot = shown;
        grid.getDataProvider().refreshAll();
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
                DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(getLocale())
                        .withZone(supervision.zone(area.scope())).format(clock.instant()))));
    }

    private Grid.Column<CenterLive> sortedBy(String key, Comparator<CenterLive> order, Grid.Column<CenterLive> column) {
        sorts.put(key, order);
        return column.setSortProperty(key).setSortable(true);
    }

    private static Comparator<CenterLive> byDuration(Function<CenterLive, @Nullable Duration> duration) {
        return Comparator.comparing(c -> Objects.requireNonNullElse(duration.apply(c), Duration.ZERO));
    }

    /** One page of the area's centers in the order asked; read again unless a refresh has just read them. */
    private Stream<CenterLive> page(List<QuerySortOrder> orders, int offset, int limit) {
        List<CenterLive> rows = snapshot;
        snapshot = null;
        if (rows == null) {
            rows = area == null ? List.of() : supervision.centers(area.scope());
        }
        Comparator<CenterLive> order = null;
        for (QuerySortOrder sort : orders) {
            Comparator<CenterLive> by = sorts.get(sort.getSorted());
            if (by != null) {
                by = sort.getDirection() == SortDirection.DESCENDING ? by.reversed() : by;
                order = order == null ? by : order.thenComparing(by);
            }
        }
        Stream<CenterLive> sorted = order == null ? rows.stream() : rows.stream().sorted(order);
        return sorted.skip(offset).limit(limit);
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
            rows.add(Arrays.asList(c.code(), c.name().in(language), c.figures().waiting(),
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
