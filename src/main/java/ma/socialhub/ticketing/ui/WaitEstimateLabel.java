package ma.socialhub.ticketing.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Map;
import ma.socialhub.ticketing.WaitEstimate;

/** A wait estimate in words: a range of minutes, or plainly "not available". */
public class WaitEstimateLabel extends Span {

    public WaitEstimateLabel(WaitEstimate estimate) {
        addClassName("wait-estimate");
        show(estimate);
    }

    /** Says a new estimate in place (a screen that follows a queue changes one text, not the page). */
    public void show(WaitEstimate estimate) {
        setText(switch (estimate) {
            case WaitEstimate.Range r when r.fromMinutes() == 0 && r.toMinutes() <= 5 -> getTranslation("wait.soon");
            case WaitEstimate.Range r -> getTranslation("wait.range", Map.of("from", r.fromMinutes(), "to", r.toMinutes()));
            case WaitEstimate.NotAvailable n -> getTranslation("wait.notAvailable");
            case WaitEstimate.NotWaiting n -> "";
        });
    }
}
