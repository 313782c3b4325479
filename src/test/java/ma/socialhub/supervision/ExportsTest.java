package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The exports open in the tools people use, hold what the screen shows, and stay within the scope. */
@IntegrationTest
class ExportsTest {

    static final Table TABLE = new Table("Centres · مراكز", List.of("Centre", "Attente (min)", "Jour"), List.of(
            Arrays.asList("المركز الاجتماعي, أكادير", 12.5, LocalDate.of(2026, 11, 20)),
            Arrays.asList("=HYPERLINK(\"http://evil\")", null, LocalDate.of(2026, 11, 21)),
            Arrays.asList("Centre \"Tamsia\"\nAgadir", 3, null)));

    @Autowired Reports reports;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void theCsvIsUtf8WithAMarkQuotesWhatNeedsItAndNeverStartsAFormula() {
        String csv = new String(TableExports.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFF\"Centre\",\"Attente (min)\",\"Jour\"\r\n"
                + "\"المركز الاجتماعي, أكادير\",12.5,\"2026-11-20\"\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",,\"2026-11-21\"\r\n"
                + "\"Centre \"\"Tamsia\"\"\nAgadir\",3,\r\n");
    }

    @Test
    void noCellBecomesAFormulaWhetherTheSpreadsheetSplitsOnCommasOrOnSemicolons() {
        Table hostile = new Table("t", List.of("Nom"), List.of(List.of("x;=HYPERLINK(\"http://evil\")"), List.of("+212600000000"),
                List.of("-2+3"), List.of("@SUM(A1)"), List.of("\t=1"), List.of("\r=1"), List.of("a,=1"), List.of("ok")));
        String csv = new String(TableExports.csv(hostile), StandardCharsets.UTF_8).substring(1);
        // a French-locale spreadsheet splits on ';', an English one on ','; neither may start a cell with a formula
        for (char separator : new char[] {',', ';'}) {
            List<String> cells = cells(csv, separator);
            assertThat(cells).as("split on " + separator).hasSize(9)
                    .allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        }
        assertThat(cells(csv, ';')).contains("x;=HYPERLINK(\"http://evil\")", "'+212600000000", "'@SUM(A1)", "ok");
    }

    /** The cells of a CSV as a spreadsheet reads them (RFC 4180 quoting) with {@code separator}. */
    private static List<String> cells(String csv, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return cells;
    }

    @Test
    void theXlsxReadsBackWithNumbersAsNumbersAndDatesAsDates() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExports.xlsx(TABLE, true)))) {
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Centres · مراكز");
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Centre");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("المركز الاجتماعي, أكادير");
            assertThat(rows.get(1).getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(12.5));
            assertThat(rows.get(1).getCellAsDate(2)).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20)));
            assertThat(rows.get(2).getCellText(0)).startsWith("'=");
        }
    }

    @Test
    void theMonthlyReportOfARegionHasItsPagesItsNameAndItsCenters() throws Exception {
        clock.pin(Instant.parse("2026-10-14T09:00:00Z"));
        long center = fixtures.center();
        long service = fixtures.service('V');
        fixtures.counter(center, "1", service);
        for (int i = 0; i < 5; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
            clock.advance(Duration.ofMinutes(7));
        }
        fixtures.signIn(fixtures.supervisorOfRegion(9));
        List<Double> progress = new CopyOnWriteArrayList<>();

        byte[] pdf = reports.monthly(new Scope(Scope.Level.REGION, 9, (short) 9), YearMonth.of(2026, 10), HubLanguage.FRENCH,
                progress::add).get(60, TimeUnit.SECONDS);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Rapport mensuel").contains("Souss-Massa").contains("octobre 2026");
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(progress).isSorted();
    }

    @Test
    void aReportOutsideTheScopeIsRefusedBeforeAnythingIsBuilt() {
        fixtures.signIn(fixtures.supervisorOfRegion(2));

        assertThatThrownBy(() -> reports.monthly(new Scope(Scope.Level.REGION, 9, (short) 9), YearMonth.of(2026, 10),
                HubLanguage.FRENCH, p -> { })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anArabicReportWritesItsTitleInArabicRightToLeft() throws Exception {
        fixtures.signIn(fixtures.supervisorOfRegion(9));

        byte[] pdf = reports.monthly(new Scope(Scope.Level.REGION, 9, (short) 9), YearMonth.of(2026, 10), HubLanguage.ARABIC,
                p -> { }).get(60, TimeUnit.SECONDS);

        // the text is stored in visual order (right to left, joined letter forms): read it back the other way
        String firstLine = Normalizer.normalize(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1),
                Normalizer.Form.NFKC).lines().findFirst().orElseThrow();
        assertThat(new StringBuilder(firstLine).reverse().toString()).contains("التقرير الشهري").contains("سوس ماسة");
    }
}
