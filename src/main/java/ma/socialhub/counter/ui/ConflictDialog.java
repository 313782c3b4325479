package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.function.Consumer;
import ma.socialhub.intake.Beneficiary;

/**
 * Someone saved the file while the agent was editing it: nothing was overwritten. The agent looks
 * at the file as it is now, then keeps their own changes (saved over it at the next tap) or takes
 * the other version into the form. What they typed stays until they choose.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(Optional<Beneficiary> now, Consumer<Beneficiary> keepMine, Consumer<Beneficiary> takeTheirs) {
        addClassName("conflict-dialog");
        setHeaderTitle(getTranslation("intake.conflict.title"));
        add(new Paragraph(getTranslation("intake.conflict")));
        now.ifPresent(theirs -> {
            add(new Paragraph(getTranslation("intake.conflict.theirs")), new PersonSummary(theirs));
            Button keep = new Button(getTranslation("intake.conflict.keepMine"), e -> {
                close();
                keepMine.accept(theirs);
            });
            keep.addClassName("conflict-keep-mine");
            Button take = new Button(getTranslation("intake.conflict.takeTheirs"), e -> {
                close();
                takeTheirs.accept(theirs);
            });
            take.addClassName("conflict-take-theirs");
            getFooter().add(take, keep);
        });
    }
}
