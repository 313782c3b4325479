package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.stream.Stream;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.supervision.Area;
import ma.socialhub.supervision.Reports;
/**
 * The monthly PDF report of the area shown: pick a month, start it, keep working while the bar
 * fills (it is built on the server in the background), then download it. Starting again while
 * one is being built does nothing.
 */
class MonthlyReportPanel extends Composite<HorizontalLayout> {

    private final Select<YearMonth> month = new Select<>();
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final HorizontalLayout result = new HorizontalLayout();

    /** {@code now}: the current month in the area's zone; the last finished one is picked. */
    MonthlyReportPanel(Reports reports, Area area, YearMonth now) {
        HorizontalLayout bar = getContent();
        bar.addClassName("monthly-report");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        month.setLabel(getTranslation("supervision.report.month"));
        month.setItems(Stream.iterate(now, m -> m.minusMonths(1)).limit(24).toList());
        month.setItemLabelGenerator(m -> m == null ? "" : m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale())
                + " " + m.getYear());
        month.setValue(now.minusMonths(1));
        month.addClassName("report-month");
        start.setText(getTranslation("supervision.report.make"));
        start.setIcon(VaadinIcon.FILE_TEXT_O.create());
        start.addClassName("report-start");
        start.setDisableOnClick(true);
        progress.setWidth("12rem");
        progress.setVisible(false);
        progress.addClassName("report-progress");
        status.addClassName("report-status");
        start.addClickListener(e -> make(reports, area));
        bar.add(month, start, progress, status, result);
    }

    private void make(Reports reports, Area area) {
        UI ui = UI.getCurrent();
        YearMonth chosen = month.getValue();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        result.removeAll();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("supervision.report.building"));
        reports.monthly(area.scope(), chosen, language, share -> ui.access(() -> progress.setValue(Math.min(1, share))))
                .whenComplete((pdf, failure) -> ui.access(() -> {
                    progress.setVisible(false);
                    start.setEnabled(true);
                    if (failure != null) {
                        status.setText(getTranslation("supervision.report.failed"));
                        return;
                    }
                    status.setText(getTranslation("supervision.report.ready"));
                    String name = "report-" + AreaParameter.of(area.scope()) + "-" + chosen + ".pdf";
                    Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(pdf), name, "application/pdf", pdf.length)), "");
                    download.add(VaadinIcon.DOWNLOAD_ALT.create());
                    download.add(getTranslation("supervision.report.download"));
                    download.getElement().setAttribute("download", true);
                    download.addClassName("report-download");
                    result.add(download);
                }));
    }
}
