package ma.socialhub.referral.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import ma.socialhub.referral.AccompanimentStep;
import ma.socialhub.referral.ReferralEvent;

/**
 * A referral's life as both sides see it: each dated change with who and why, then each step of
 * the accompaniment; times in {@code zone}, the referring center's.
 */
class ReferralTimeline extends Div {

    ReferralTimeline(List<ReferralEvent> history, List<AccompanimentStep> steps, ZoneId zone) {
        addClassName("referral-timeline");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        add(new H3(getTranslation("referral.history")));
        for (ReferralEvent event : history) {
            Div line = new Div(new Span(when.format(event.at())),
                    new Span(getTranslation("referral.status." + event.to().name())), new Span(event.byName()));
            line.addClassName("referral-event");
            line.getElement().setAttribute("data-status", event.to().name());
            if (!event.note().isBlank()) {
                Span note = new Span(event.note());
                note.addClassName("referral-note");
                line.add(note);
            }
            add(line);
        }
        if (!steps.isEmpty()) {
            add(new H3(getTranslation("referral.steps")));
        }
        NumberFormat money = NumberFormat.getNumberInstance(getLocale());
        for (AccompanimentStep step : steps) {
            Div line = new Div(new Span(day.format(step.happenedOn())), new Span(getTranslation("referral.step." + step.kind().name())));
            line.addClassName("accompaniment-step");
            line.getElement().setAttribute("data-kind", step.kind().name());
            if (step.amountMad() != null) {
                line.add(new Span(getTranslation("referral.step.amountShown", Map.of("amount", money.format(step.amountMad())))));
            }
            if (step.projectForm() != null) {
                line.add(new Span(getTranslation("referral.projectForm." + step.projectForm().name())));
            }
            if (!step.note().isBlank()) {
                Span note = new Span(step.note());
                note.addClassName("referral-note");
                line.add(note);
            }
            line.add(new Span(step.byName()));
            add(line);
        }
    }
}
