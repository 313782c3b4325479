package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import ma.socialhub.supervision.SupervisionCharts;
import org.jfree.chart.JFreeChart;

/**
 * A chart on a screen: the SVG drawn by the server, inside a block that screen readers announce
 * as one image with the chart's title (the same figures are in the table beside it). The SVG runs
 * left to right whatever the page's direction: the server placed every label already.
 */
class ChartBox extends Div {

    ChartBox(SupervisionCharts charts, JFreeChart chart, String title, int width, int height) {
        addClassName("chart-box");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        // a wrapping div: the browser parses <svg> inside HTML into SVG elements
        add(new Html("<div class=\"chart-svg\">" + charts.svg(chart, width, height) + "</div>"));
    }
}
