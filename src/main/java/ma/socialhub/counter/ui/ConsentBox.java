package ma.socialhub.counter.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Consumer;
import ma.socialhub.intake.ConsentScope;

/**
 * What the person agrees to, asked first: their file, their health data, sharing with partners.
 * The service refuses to save what the consent does not cover; the box then says which is missing.
 */
class ConsentBox extends Div {

    private final Span problem = new Span();

    ConsentBox(DraftBinder binder, Consumer<Boolean> sensitiveAllowed) {
        addClassName("consent-box");
        Checkbox file = box(binder, ConsentScope.PROCESSING, "consent-processing", d -> d.consentProcessing,
                (d, v) -> d.consentProcessing = v);
        Checkbox sensitive = box(binder, ConsentScope.SENSITIVE, "consent-sensitive", d -> d.consentSensitive,
                (d, v) -> d.consentSensitive = v);
        sensitive.addValueChangeListener(e -> sensitiveAllowed.accept(e.getValue()));
        Checkbox sharing = box(binder, ConsentScope.SHARING, "consent-sharing", d -> d.consentSharing,
                (d, v) -> d.consentSharing = v);
        problem.addClassName("consent-problem");
        add(new H3(getTranslation("intake.consent.title")), new Span(getTranslation("intake.consent.explain")), file,
                sensitive, sharing, problem);
    }

    void showMissing(ConsentScope scope) {
        problem.setText(getTranslation("intake.consent.missing." + scope.name()));
    }

    void clearProblem() {
        problem.setText("");
    }

    private Checkbox box(DraftBinder binder, ConsentScope scope, String className, ValueProvider<PersonDraft, Boolean> getter,
            Setter<PersonDraft, Boolean> setter) {
        Checkbox box = new Checkbox(getTranslation("intake.consent." + scope.name()));
        box.addClassName(className);
        binder.bind(box, getter, setter);
        return box;
    }
}
