package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks once more before recording that the person refuses to give their data: the visit then goes on without a file. */
class RefusalDialog extends Dialog {

    RefusalDialog(Runnable confirmed) {
        setHeaderTitle(getTranslation("intake.refuses"));
        add(new Paragraph(getTranslation("intake.refuses.explain")));
        Button yes = new Button(getTranslation("intake.refuses.confirm"), e -> {
            close();
            confirmed.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("refusal-confirm");
        yes.setDisableOnClick(true);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), yes);
    }
}
