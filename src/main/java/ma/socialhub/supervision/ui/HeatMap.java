package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Map;
import ma.socialhub.supervision.TrendReport;

/**
 * Tickets taken by weekday and hour as a grid of shaded cells, the darker the busier, each with its
 * number: the hours that saw anyone, Monday to Sunday. Laid out by CSS grid, so that it runs right
 * to left in Arabic like the rest of the page.
 */
class HeatMap extends Div {

    HeatMap(TrendReport report) {
        addClassName("heat-map");
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
            add(new Span(getTranslation("supervision.noTicket")));
            return;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        getStyle().set("grid-template-columns", "auto repeat(" + (last - first + 1) + ", minmax(2.2rem, 1fr))");
        add(cell("", "heat-corner"));
        for (int h = first; h <= last; h++) {
            add(cell(getTranslation("supervision.hour", Map.of("hour", h)), "heat-hour"));
        }
        for (int d = 0; d < 7; d++) {
            add(cell(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, getLocale()), "heat-day"));
            for (int h = first; h <= last; h++) {
                int count = report.heatAt(d, h);
                Span cell = cell(count == 0 ? "" : numbers.format(count), "heat-cell");
                double share = (double) count / max;
                cell.getStyle().set("--heat", String.valueOf(Math.round(100 * share) / 100.0));
                if (share > 0.55) {
                    cell.addClassName("heat-dark");
                }
                cell.getElement().setAttribute("title", DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, getLocale()) + " "
                        + getTranslation("supervision.hour", Map.of("hour", h)) + " · " + numbers.format(count));
                add(cell);
            }
        }
    }

    private static Span cell(String text, String className) {
        Span cell = new Span(text);
        cell.addClassName(className);
        return cell;
    }
}
