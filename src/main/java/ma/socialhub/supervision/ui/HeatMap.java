package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import ma.socialhub.supervision.TrendReport;
import org.jspecify.annotations.Nullable;

/**
 * Tickets taken by weekday and hour as a grid of shaded cells, the darker the busier, each with its
 * number: the hours that saw anyone, Monday to Sunday. Laid out by CSS grid, so that it runs right
 * to left in Arabic like the rest of the page.
 *
 * <p>Written as one piece of markup rather than a component per cell: a working center's map has
 * some 90 cells, which as components would hold about 1 KB each on the server for as long as the
 * screen is open, for text that never changes.
 */
final class HeatMap {

    private HeatMap() {
    }

    static Component of(TrendReport report, Component where) {
        int first = 23;
        int last = 0;
        int max = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (report.heatAt(d, h) > 0) {
                    first = Math.min(first, h);
                    last = Math.max(last, h);
                    max = Math.max(max, report.heatAt(d, h));
                }
            }
        }
        if (max == 0) {
            return new Span(where.getTranslation("supervision.noTicket"));
        }
        Locale locale = Minutes.locale(where);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        StringBuilder html = new StringBuilder("<div class=\"heat-map\" style=\"grid-template-columns: auto repeat(")
                .append(last - first + 1).append(", minmax(2.2rem, 1fr))\">");
        cell(html, "heat-corner", "", null, null);
        for (int h = first; h <= last; h++) {
            cell(html, "heat-hour", hour(where, h), null, null);
        }
        for (int d = 0; d < 7; d++) {
            DayOfWeek day = DayOfWeek.of(d + 1);
            cell(html, "heat-day", day.getDisplayName(TextStyle.SHORT, locale), null, null);
            for (int h = first; h <= last; h++) {
                int count = report.heatAt(d, h);
                double share = (double) count / max;
                cell(html, share > 0.55 ? "heat-cell heat-dark" : "heat-cell", count == 0 ? "" : numbers.format(count),
                        day.getDisplayName(TextStyle.FULL, locale) + " " + hour(where, h) + " · " + numbers.format(count),
                        "--heat: " + Math.round(100 * share) / 100.0);
            }
        }
        return new Html(html.append("</div>").toString());
    }

    private static String hour(Component where, int hour) {
        return where.getTranslation("supervision.hour", Map.of("hour", hour));
    }

    private static void cell(StringBuilder html, String classes, String text, @Nullable String title, @Nullable String style) {
        html.append("<span class=\"").append(classes).append('"');
        if (title != null) {
            html.append(" title=\"").append(escape(title)).append('"');
        }
        if (style != null) {
            html.append(" style=\"").append(style).append('"');
        }
        html.append('>').append(escape(text)).append("</span>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
