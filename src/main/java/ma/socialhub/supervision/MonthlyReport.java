package ma.socialhub.supervision;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.base.pdf.PdfText;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.staff.Scope;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays out an area's monthly report as a PDF: the month in figures, each service, each center (for
 * more than one center), the hours people came, how visits ended, the referrals by partner, and
 * the charts of the screens drawn again as images. Labels are in the asked language; Arabic
 * tables run right to left.
 */
@Component
class MonthlyReport {

    private final SupervisionCharts charts;
    private final HubTranslations texts;

    MonthlyReport(SupervisionCharts charts, HubTranslations texts) {
        this.charts = charts;
        this.texts = texts;
    }

    byte[] render(Area area, YearMonth month, TrendReport report, HubLanguage language, ZonedDateTime madeAt,
            DoubleConsumer progress) {
        Locale locale = language.locale();
        boolean rtl = language.isRightToLeft();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 36);
        PdfWriter.getInstance(document, out);
        document.open();

        String monthName = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
        document.add(table(rtl, new float[] {1}, List.of(List.of(t(language, "supervision.report.title") + " · "
                + area.name().in(language) + " · " + monthName)), true, 16));
        document.add(table(rtl, new float[] {1, 2}, List.of(List.of(t(language, "privacy.pdf.madeAt"),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).format(madeAt))), false, 10));

        heading(document, t(language, "supervision.report.summary"), rtl);
        WaitHistogram all = combined(report.services());
        int issued = report.issued();
        int served = report.services().stream().mapToInt(ServiceTrend::served).sum();
        int noShows = report.services().stream().mapToInt(ServiceTrend::noShows).sum();
        int transferred = report.services().stream().mapToInt(ServiceTrend::transferred).sum();
        double waitSeconds = report.services().stream().filter(s -> s.averageWait() != null)
                .mapToDouble(s -> s.averageWait().toSeconds() * (double) s.waits().total()).sum();
        long waits = report.services().stream().filter(s -> s.averageWait() != null).mapToLong(s -> s.waits().total()).sum();
        document.add(table(rtl, new float[] {2, 1}, List.of(
                List.of(t(language, "supervision.issued"), numbers.format(issued)),
                List.of(t(language, "supervision.served"), numbers.format(served)),
                List.of(t(language, "supervision.noShows"), numbers.format(noShows)),
                List.of(t(language, "supervision.transferred"), numbers.format(transferred)),
                List.of(t(language, "supervision.averageWait"), minutes(waits == 0 ? null : Duration.ofSeconds(Math.round(waitSeconds / waits)), language)),
                List.of(t(language, "supervision.median"), minutes(all.percentile(0.5), language)),
                List.of(t(language, "supervision.p90"), minutes(all.percentile(0.9), language))), false, 10));
        progress.accept(0.3);

        heading(document, t(language, "supervision.report.services"), rtl);
        List<List<String>> services = new ArrayList<>();
        services.add(List.of(t(language, "supervision.service"), t(language, "supervision.issued"), t(language, "supervision.served"),
                t(language, "supervision.noShows"), t(language, "supervision.averageWait"), t(language, "supervision.p90"),
                t(language, "supervision.averageService")));
        for (ServiceTrend s : report.services()) {
            services.add(List.of(s.letter() + " · " + s.name().in(language), numbers.format(s.issued()), numbers.format(s.served()),
                    numbers.format(s.noShows()), minutes(s.averageWait(), language), minutes(s.p90Wait(), language),
                    minutes(s.averageService(), language)));
        }
        document.add(table(rtl, new float[] {3, 1, 1, 1, 1, 1, 1}, services, false, 9));
        if (!report.services().isEmpty()) {
            chart(document, charts.demand(report.services(), language));
            chart(document, charts.waits(report.services(), language));
        }
        if (!report.appointmentServices().isEmpty()) {
            heading(document, t(language, "supervision.appointments"), rtl);
            List<List<String>> appointments = new ArrayList<>();
            appointments.add(List.of(t(language, "supervision.service"), t(language, "supervision.booked"),
                    t(language, "supervision.checkedIn"), t(language, "supervision.noShowRate"), t(language, "supervision.onTimeRate"),
                    t(language, "supervision.cancelled")));
            for (AppointmentFigures a : report.appointmentServices()) {
                appointments.add(List.of(a.key() + " · " + a.name().in(language), numbers.format(a.booked()),
                        numbers.format(a.checkedIn()), share(a.noShowRate(), language), share(a.onTimeRate(), language),
                        numbers.format(a.cancelled())));
            }
            document.add(table(rtl, new float[] {3, 1, 1, 1, 1, 1}, appointments, false, 9));
        }
        if (!report.satisfactionServices().isEmpty()) {
            heading(document, t(language, "supervision.satisfaction"), rtl);
            List<List<String>> said = new ArrayList<>();
            said.add(List.of(t(language, "supervision.service"), t(language, "supervision.answers"), t(language, "supervision.meanScore"),
                    t(language, "supervision.satisfiedShare"), t(language, "supervision.aboutWait")));
            for (SatisfactionFigures f : report.satisfactionServices()) {
                said.add(List.of(f.key() + " · " + f.name().in(language), numbers.format(f.said().answers()),
                        meanScore(f.said().mean(), language), share(f.said().satisfiedShare(), language),
                        share(f.said().answers() == 0 ? null : (double) f.said().aboutWait() / f.said().answers(), language)));
            }
            document.add(table(rtl, new float[] {3, 1, 1, 1, 1}, said, false, 9));
        }
        progress.accept(0.55);

        if (area.scope().level() != Scope.Level.CENTER) {
            heading(document, t(language, report.byRegion() ? "supervision.report.regions" : "supervision.report.centers"), rtl);
            List<List<String>> centers = new ArrayList<>();
            centers.add(List.of(t(language, report.placeKey()), t(language, "supervision.issued"), t(language, "supervision.served"),
                    t(language, "supervision.noShows"), t(language, "supervision.averageWait"), t(language, "supervision.p90")));
            for (CenterTrend c : report.centers()) {
                centers.add(List.of(c.name().in(language), numbers.format(c.issued()), numbers.format(c.served()),
                        numbers.format(c.noShows()), minutes(c.averageWait(), language), minutes(c.p90Wait(), language)));
            }
            document.add(table(rtl, new float[] {3, 1, 1, 1, 1, 1}, centers, false, 9));
        }

        heading(document, t(language, "supervision.heat"), rtl);
        document.add(heat(report, language, rtl));
        if (!report.days().isEmpty()) {
            chart(document, charts.days(report.days(), language));
        }
        progress.accept(0.75);

        heading(document, t(language, "supervision.chart.outcomes"), rtl);
        chart(document, charts.outcomes(report.outcomes(), language));
        if (!report.referrals().isEmpty()) {
            heading(document, t(language, "supervision.chart.referrals"), rtl);
            List<List<String>> partners = new ArrayList<>();
            List<String> head = new ArrayList<>(List.of(t(language, "orientation.partner")));
            Arrays.stream(ReferralStatus.values()).forEach(s -> head.add(t(language, "referral.status." + s.name())));
            partners.add(head);
            for (PartnerReferrals p : report.referrals()) {
                List<String> line = new ArrayList<>(List.of(p.name().in(language)));
                Arrays.stream(ReferralStatus.values()).forEach(s -> line.add(numbers.format(p.byStatus().getOrDefault(s, 0))));
                partners.add(line);
            }
            float[] widths = new float[ReferralStatus.values().length + 1];
            Arrays.fill(widths, 1);
            widths[0] = 3;
            document.add(table(rtl, widths, partners, false, 8));
        }
        progress.accept(0.95);
        document.close();
        return out.toByteArray();
    }

    /** Tickets by weekday (rows) and hour (columns), for the hours anyone came. */
    private PdfPTable heat(TrendReport report, HubLanguage language, boolean rtl) {
        int first = 23;
        int last = 0;
        int max = 1;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (report.heatAt(d, h) > 0) {
                    first = Math.min(first, h);
                    last = Math.max(last, h);
                    max = Math.max(max, report.heatAt(d, h));
                }
            }
        }
        if (first > last) {
            first = 8;
            last = 17;
        }
        PdfPTable table = new PdfPTable(last - first + 2);
        table.setWidthPercentage(100);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        table.addCell(PdfText.cell("", 7, true));
        for (int h = first; h <= last; h++) {
            table.addCell(PdfText.cell(h + "h", 7, true));
        }
        for (int d = 0; d < 7; d++) {
            table.addCell(PdfText.cell(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, language.locale()), 7, true));
            for (int h = first; h <= last; h++) {
                int count = report.heatAt(d, h);
                PdfPCell cell = PdfText.cell(count == 0 ? "" : String.valueOf(count), 7, false);
                float share = (float) count / max;
                cell.setBackgroundColor(new Color(1 - 0.7f * share, 1 - 0.45f * share, 1f));
                table.addCell(cell);
            }
        }
        return table;
    }

    private void chart(Document document, JFreeChart chart) {
        try {
            Image image = Image.getInstance(charts.png(chart, 520, 300));
            image.scaleToFit(PageSize.A4.getWidth() - 72, 300);
            image.setAlignment(Element.ALIGN_CENTER);
            document.add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private void heading(Document document, String text, boolean rtl) {
        PdfPTable table = table(rtl, new float[] {1}, List.of(List.of(text)), true, 12);
        table.setSpacingBefore(14);
        table.setSpacingAfter(8);
        document.add(table);
    }

    private static String share(@Nullable Double rate, HubLanguage language) {
        if (rate == null) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(language.locale());
        percent.setMaximumFractionDigits(0);
        return percent.format(rate);
    }

    private static String meanScore(@Nullable Double mean, HubLanguage language) {
        if (mean == null) {
            return "–";
        }
        NumberFormat one = NumberFormat.getNumberInstance(language.locale());
        one.setMinimumFractionDigits(1);
        one.setMaximumFractionDigits(1);
        return one.format(mean) + " / 5";
    }

    private static PdfPTable table(boolean rtl, float[] widths, List<List<String>> rows, boolean bold, float size) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        table.setHeaderRows(rows.size() > 1 && widths.length > 2 ? 1 : 0);
        for (List<String> row : rows) {
            for (String text : row) {
                table.addCell(PdfText.cell(text, size, bold));
            }
        }
        return table;
    }

    static WaitHistogram combined(List<ServiceTrend> services) {
        int[] counts = new int[WaitHistogram.BUCKETS];
        for (ServiceTrend s : services) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += s.waits().counts()[i];
            }
        }
        return new WaitHistogram(counts);
    }

    private String minutes(@Nullable Duration duration, HubLanguage language) {
        return duration == null ? "—" : texts.getTranslation("supervision.minutesValue", language.locale(),
                Map.of("minutes", NumberFormat.getIntegerInstance(language.locale()).format(Math.round(duration.toSeconds() / 60.0))));
    }

    private String t(HubLanguage language, String key) {
        return texts.getTranslation(key, language.locale());
    }
}
