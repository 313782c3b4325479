package ma.socialhub.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiFunction;
import ma.socialhub.referral.ReferralOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Asks why before a move that must say it (decline, drop), or how it ended before a completion. The
 * dialog stays open, with what was typed, until the move is accepted.
 */
class NoteDialog extends Dialog {

    private final TextArea note = new TextArea();
    private final Select<ReferralOutcome> outcome = new Select<>();

    /** {@code confirm} gets the note and the outcome and returns the key of a problem to show, or null when done. */
    NoteDialog(String titleKey, boolean askOutcome, BiFunction<String, @Nullable ReferralOutcome, @Nullable String> confirm) {
        setHeaderTitle(getTranslation(titleKey));
        addClassName("note-dialog");
        note.setLabel(getTranslation("referral.note"));
        note.setWidthFull();
        note.addClassName("note-dialog-text");
        if (askOutcome) {
            outcome.setLabel(getTranslation("referral.outcome"));
            outcome.setItems(ReferralOutcome.values());
            outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("referral.outcome." + o.name()));
            outcome.setValue(ReferralOutcome.PROJECT_LAUNCHED);
            outcome.addClassName("note-dialog-outcome");
            add(outcome);
        }
        add(note);
        Button ok = new Button(getTranslation("referral.confirm"), e -> {
            String problem = confirm.apply(note.getValue(), askOutcome ? outcome.getValue() : null);
            if (problem == null) {
                close();
            } else {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(problem));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("note-dialog-confirm");
        ok.setDisableOnClick(true);
        ok.addClickListener(e -> ok.setEnabled(true));
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), ok);
    }
}
