package ma.socialhub.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.supervision.CenterLive;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The supervision screens, driven as a regional supervisor would, on real queues. */
class SupervisionScreensTest extends KaribuTest {

    @Autowired Tickets tickets;
    @Autowired TestClock clock;

    long center;
    String code;
    long service;

    @BeforeEach
    void aCenterOfSoussMassaWithALine() {
        clock.pin(Instant.parse("2026-11-20T09:00:00Z"));
        center = fixtures.center();
        code = fixtures.code(center);
        service = fixtures.service('V');
        fixtures.counter(center, "1", service);
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        clock.advance(Duration.ofMinutes(20)); // past the 15-minute target
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void theRegionalListShowsTheCenterOverTargetAndFollowsANewTicketWithoutReload() {
        signIn(fixtures.supervisorOfRegion(9));
        UI.getCurrent().navigate("supervision");

        CenterLive row = row();
        assertThat(row.figures().waiting()).isEqualTo(1);
        assertThat(row.overTarget()).isTrue();
        assertThat(_get(H2.class).getText()).contains("Souss-Massa");

        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);

        eventually(() -> assertThat(row().figures().waiting()).isEqualTo(2));
    }

    @Test
    void theListPutsTheLongestWaitFirstAndSortsByAnyColumnAsked() {
        long quiet = fixtures.center(); // no one waits there; ours has waited 20 minutes
        long busy = fixtures.center();
        fixtures.counter(busy, "1", service);
        for (int i = 0; i < 3; i++) {
            tickets.issue(busy, service, PriorityClass.STANDARD, HubLanguage.FRENCH); // three, for two minutes
        }
        clock.advance(Duration.ofMinutes(2));
        signIn(fixtures.supervisorOfRegion(9));
        UI.getCurrent().navigate("supervision");

        assertThat(order(center, quiet, busy)).containsExactly(center, busy, quiet);
        Grid.Column<CenterLive> waiting = grid().getColumns().get(1);
        grid().sort(List.of(new GridSortOrder<>(waiting, SortDirection.DESCENDING)));
        assertThat(order(center, quiet, busy)).containsExactly(busy, center, quiet);
        grid().sort(List.of(new GridSortOrder<>(waiting, SortDirection.ASCENDING)));
        assertThat(order(center, quiet, busy)).containsExactly(quiet, center, busy);
    }

    /** The grid's order of these centers (the region holds others from other tests). */
    private static List<Long> order(Long... centers) {
        List<Long> ours = List.of(centers);
        return grid().getLazyDataView().getItems().map(CenterLive::centerId).filter(ours::contains).toList();
    }

    @Test
    void aSupervisorOfAnotherRegionAskingForThisRegionSeesTheirOwnAndNotTheCenter() {
        signIn(fixtures.supervisorOfRegion(2));
        UI.getCurrent().navigate("supervision", QueryParameters.fromString("area=region-9"));

        assertThat(grid().getLazyDataView().getItems()).noneMatch(c -> c.centerId() == center);
        UI.getCurrent().navigate("supervision/center/" + code);
        assertThat(_get(H2.class).getText()).isEqualTo(t("supervision.unknownCenter"));
    }

    @Test
    void theBoardFlagsTheLineOverTargetAndNamesWhoWorksTheCounter() {
        signIn(fixtures.supervisorOfRegion(9));
        UI.getCurrent().navigate("supervision/center/" + code);

        Div tile = _get(Div.class, s -> s.withClasses("board-tile"));
        assertThat(tile.getClassNames()).contains("over-target");
        assertThat(_get(tile, Span.class, s -> s.withClasses("tile-waiting")).getText()).isEqualTo("1");
        assertThat(_get(tile, Span.class, s -> s.withClasses("tile-alarm")).getText()).isEqualTo(t("supervision.overTarget"));
        assertThat(_find(Span.class, s -> s.withClasses("board-counter"))).hasSize(1);
    }

    @Test
    void theTrendsDrawTheirChartsAndTheHeatMapAndTheMonthlyReportComesWithoutBlocking() throws IOException {
        signIn(fixtures.supervisorOfRegion(9));
        LocalDate day = LocalDate.of(2026, 11, 20);
        UI.getCurrent().navigate("supervision/trends", QueryParameters.fromString("area=center-" + center + "&from=" + day + "&to=" + day));

        assertThat(_find(Html.class, s -> s.withClasses("chart-svg"))).isNotEmpty()
                .allSatisfy(svg -> assertThat(svg.getInnerHtml()).contains("<svg"));
        // one ticket on Friday 20 November 2026 at 10 (Morocco), in the cell of that day and hour
        assertThat(_get(Html.class, s -> s.withClasses("heat-map")).getInnerHtml())
                .containsPattern("<span class=\"heat-cell heat-dark\" title=\"vendredi 10h · 1\"[^>]*>1</span>");

        _click(_get(Button.class, s -> s.withClasses("report-start")));
        eventually(() -> assertThat(_find(Anchor.class, s -> s.withClasses("report-download"))).hasSize(1));

        // the services table's CSV, downloaded as the browser would: its header, then the one line of service V
        H3 services = _get(H3.class, s -> s.withText(t("supervision.chart.demand")));
        Anchor csv = _get(services.getParent().orElseThrow(), Anchor.class, s -> s.withText(t("supervision.export.csv")));
        assertThat(new String(DownloadKt._download(csv), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "\"Lettre\",\"Service\",\"Tickets pris\",\"Appelés\",\"Servis\",\"Absents à l'appel\",\"Transférés\","
                + "\"Attente moyenne (min)\",\"Attente médiane (min)\",\"90e centile des attentes (min)\",\"Attente visée (min)\","
                + "\"Durée moyenne de service (min)\"\r\n"
                + "\"V\",\"Service V\",1,0,0,0,0,,,,15,\r\n");
        // and as a spreadsheet: the same header and line, its numbers numbers
        Anchor xlsx = _get(services.getParent().orElseThrow(), Anchor.class, s -> s.withText(t("supervision.export.xlsx")));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(DownloadKt._download(xlsx)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo(t("supervision.report.services"));
            assertThat(rows).hasSize(2);
            assertThat(IntStream.range(0, 12).mapToObj(c -> rows.get(0).getCellText(c)).toList()).containsExactly("Lettre", "Service",
                    "Tickets pris", "Appelés", "Servis", "Absents à l'appel", "Transférés", "Attente moyenne (min)",
                    "Attente médiane (min)", "90e centile des attentes (min)", "Attente visée (min)", "Durée moyenne de service (min)");
            assertThat(IntStream.range(0, 12).mapToObj(c -> rows.get(1).getCellRawValue(c).orElse("")).toList())
                    .containsExactly("V", "Service V", "1", "0", "0", "0", "0", "", "", "", "15", "");
            assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
        }
    }

    private CenterLive row() {
        return grid().getLazyDataView().getItems().filter(c -> c.centerId() == center).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CenterLive> grid() {
        return _get(Grid.class, s -> s.withClasses("supervision-centers"));
    }
}
