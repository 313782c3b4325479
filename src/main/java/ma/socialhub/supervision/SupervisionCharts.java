package ma.socialhub.supervision;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.visit.VisitOutcome;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The supervision charts, drawn on the server with JFreeChart: SVG for the screens (the browser
 * draws the text, so Arabic is shaped by the browser), PNG for the PDF reports. One font (DejaVu
 * Sans, shipped) covers Latin, Arabic and Tifinagh in both. In Arabic, bar charts read from the
 * right: categories on the right-hand axis, bars growing leftwards, titles and legends on the right.
 */
@Component
public class SupervisionCharts {

    static final String SVG_FONTS = "HubChart, sans-serif";
    private static final Color[] PALETTE = {new Color(0x1565C0), new Color(0x2E7D32), new Color(0xEF6C00), new Color(0x6A1B9A),
        new Color(0xC62828), new Color(0x00838F), new Color(0x5D4037), new Color(0x9E9D24)};
    private static final AtomicLong IDS = new AtomicLong();
    /**
     * The zone the days chart carries its days in. They are calendar days already (each center's
     * own), so any fixed zone would do as long as points, range and labels share it; UTC has no
     * daylight saving, and keeps the labels right whatever the server's zone.
     */
    private static final TimeZone CALENDAR_ZONE = TimeZone.getTimeZone(ZoneOffset.UTC);

    private final HubTranslations texts;
    private final Font regular;
    private final Font bold;

    SupervisionCharts(HubTranslations texts) {
        this.texts = texts;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    /** Tickets taken and served per service. */
    public JFreeChart demand(List<ServiceTrend> services, HubLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String issued = t(language, "supervision.issued");
        String served = t(language, "supervision.served");
        for (ServiceTrend s : services) {
            String label = s.letter() + " · " + s.name().in(language);
            data.addValue(s.issued(), issued, label);
            data.addValue(s.served(), served, label);
        }
        return bars(t(language, "supervision.chart.demand"), data, language, null);
    }

    /** Median and 90th percentile of the wait per service, in minutes, against the target. */
    public JFreeChart waits(List<ServiceTrend> services, HubLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String median = t(language, "supervision.median");
        String p90 = t(language, "supervision.p90");
        String target = t(language, "supervision.target");
        for (ServiceTrend s : services) {
            String label = s.letter() + " · " + s.name().in(language);
            data.addValue(minutes(s.medianWait()), median, label);
            data.addValue(minutes(s.p90Wait()), p90, label);
            data.addValue(s.targetWaitMinutes(), target, label);
        }
        return bars(t(language, "supervision.chart.waits"), data, language, t(language, "supervision.minutes"));
    }

    /** How the visits of the range ended. */
    public JFreeChart outcomes(Map<VisitOutcome, Integer> outcomes, HubLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String visits = t(language, "supervision.visits");
        for (VisitOutcome outcome : VisitOutcome.values()) {
            data.addValue(outcomes.getOrDefault(outcome, 0), visits, t(language, "visit.outcome." + outcome.name()));
        }
        return bars(t(language, "supervision.chart.outcomes"), data, language, null);
    }

    /** Referrals made in the range per partner, stacked by their status now. */
    public JFreeChart referrals(List<PartnerReferrals> partners, HubLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReferralStatus status : ReferralStatus.values()) {
            for (PartnerReferrals p : partners) {
                data.addValue(p.byStatus().getOrDefault(status, 0), t(language, "referral.status." + status.name()),
                        p.name().in(language));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(t(language, "supervision.chart.referrals"), null, null, data,
                PlotOrientation.HORIZONTAL, true, false, false);
        return style(chart, language, null);
    }

    /** Tickets taken and served each day. */
    public JFreeChart days(List<TrendReport.DayCount> days, HubLanguage language) {
        TimeSeries issued = new TimeSeries(t(language, "supervision.issued"));
        TimeSeries served = new TimeSeries(t(language, "supervision.served"));
        for (TrendReport.DayCount d : days) {
            Day day = new Day(midnight(d.day()), CALENDAR_ZONE, language.locale());
            issued.add(day, d.issued());
            served.add(day, d.served());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(issued, CALENDAR_ZONE);
        data.addSeries(served);
        // time runs left to right in every language, as in the national statistics' charts
        JFreeChart chart = ChartFactory.createTimeSeriesChart(t(language, "supervision.chart.days"), null, null, data, true,
                false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinePaint(new Color(0xEEEEEE));
        for (int i = 0; i < 2; i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE[i]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setTickLabelFont(regular.deriveFont(11f));
        time.setLocale(language.locale());
        time.setTimeZone(CALENDAR_ZONE);
        SimpleDateFormat label = new SimpleDateFormat("d MMM", language.locale());
        label.setTimeZone(CALENDAR_ZONE);
        time.setDateFormatOverride(label);
        if (!days.isEmpty()) {
            // the whole range, a day before and after, so that one day is a point and not a needle
            time.setRange(midnight(days.getFirst().day().minusDays(1)), midnight(days.getLast().day().plusDays(1)));
            // whole days only, about eight labels whatever the range
            long span = ChronoUnit.DAYS.between(days.getFirst().day(), days.getLast().day()) + 2;
            time.setTickUnit(new DateTickUnit(DateTickUnitType.DAY,
                    (int) Math.max(1, Math.ceil(span / 8.0))));
        }
        // a dot on each day while the days can be told apart; over months, the line alone
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true,
                days.size() <= 62);
        plot.setRenderer(lines);
        plot.getRangeAxis().setTickLabelFont(regular.deriveFont(11f));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits(language.locale()));
        titleAndLegend(chart, language);
        return chart;
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(CALENDAR_ZONE.toZoneId()).toInstant());
    }

    /** Women accompanied per region against each region's target. */
    public JFreeChart programProgress(String title, Map<LocalizedText, int[]> regions, HubLanguage language) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String accompanied = t(language, "programs.women");
        String target = t(language, "programs.target");
        regions.forEach((name, counts) -> {
            data.addValue(counts[0], accompanied, name.in(language));
            data.addValue(counts[1], target, name.in(language));
        });
        return bars(title, data, language, null);
    }

    /** The chart as an SVG element, its text left for the browser to draw. */
    public String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix("chart" + IDS.incrementAndGet() + "-");
        g2.setFontFunction(family -> SVG_FONTS);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement();
    }

    /** The chart as a PNG at twice the size, sharp when printed. */
    public byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width * 2, height * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.scale(2, 2);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private JFreeChart bars(String title, DefaultCategoryDataset data, HubLanguage language, @Nullable String valueAxis) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL, true, false, false);
        return style(chart, language, valueAxis);
    }

    private JFreeChart style(JFreeChart chart, HubLanguage language, @Nullable String valueAxis) {
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(regular.deriveFont(12f));
        categories.setMaximumCategoryLabelLines(2);
        categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setTickLabelFont(regular.deriveFont(11f));
        values.setLabelFont(regular.deriveFont(12f));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(language.locale()));
        if (language.isRightToLeft()) {
            plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            values.setInverted(true);
        }
        titleAndLegend(chart, language);
        return chart;
    }

    private void titleAndLegend(JFreeChart chart, HubLanguage language) {
        HorizontalAlignment side = language.isRightToLeft() ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT;
        chart.setBackgroundPaint(Color.WHITE);
        // room at the edges: Arabic shaped by the browser may be a little wider than Java measured it
        chart.setPadding(new RectangleInsets(8, 14, 8, 14));
        TextTitle title = chart.getTitle();
        title.setFont(bold.deriveFont(15f));
        title.setHorizontalAlignment(side);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(regular.deriveFont(12f));
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(side);
            legend.setFrame(BlockBorder.NONE);
        }
    }

    private static double minutes(@Nullable Duration duration) {
        return duration == null ? 0 : Math.round(duration.toSeconds() / 6.0) / 10.0;
    }

    private String t(HubLanguage language, String key) {
        return texts.getTranslation(key, language.locale());
    }

    private static Font font(String file) {
        try (InputStream in = SupervisionCharts.class.getResourceAsStream("/META-INF/resources/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not shipped");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + file + " cannot be read", e);
        }
    }
}
