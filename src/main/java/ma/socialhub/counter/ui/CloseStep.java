package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitOutcome;

/** Step 5: how the visit ended, how long it took, and closing it — which also finishes the ticket. */
class CloseStep extends Div {

    private final Clock clock;
    private final Consumer<VisitOutcome> close;

    CloseStep(Clock clock, Consumer<VisitOutcome> close) {
        this.clock = clock;
        this.close = close;
        addClassName("close-step");
    }

    void show(Visit visit, VisitOutcome suggested) {
        removeAll();
        RadioButtonGroup<VisitOutcome> outcome = new RadioButtonGroup<>();
        outcome.setLabel(getTranslation("visit.outcome"));
        outcome.setItems(VisitOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("visit.outcome." + o.name()));
        outcome.setValue(visit.outcome() != null ? visit.outcome() : suggested);
        outcome.addClassName("close-outcome");
        outcome.setEnabled(visit.open());
        long minutes = Math.max(0, visit.duration(clock.instant()).toMinutes());
        Span duration = new Span(getTranslation("visit.duration", Map.of("minutes", minutes)));
        duration.addClassName("close-duration");
        Button closeIt = new Button(getTranslation("visit.close"), VaadinIcon.CHECK_CIRCLE.create(), e -> {
            if (outcome.getValue() != null) {
                close.accept(outcome.getValue());
            }
        });
        closeIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        closeIt.addClassName("close-visit");
        closeIt.setDisableOnClick(true);
        closeIt.setEnabled(visit.open());
        add(outcome, duration, closeIt);
    }
}
