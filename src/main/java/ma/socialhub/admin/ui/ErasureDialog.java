package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import ma.socialhub.intake.PersonalDataAdmin;

/**
 * Erasing a person's file on their request, under the request's number. The number, not its words:
 * the trail keeps which request, never why a person asked.
 */
class ErasureDialog extends Dialog {

    /** The request's number as typed. */
    static final class Draft {
        String request = "";
    }

    ErasureDialog(PersonalDataAdmin personalData, long personId, Runnable erased) {
        setHeaderTitle(getTranslation("privacy.erase"));
        add(new Paragraph(getTranslation("privacy.erase.explain")));
        TextField request = FormChecks.limited(new TextField(getTranslation("privacy.erase.request")), 40,
                "privacy.erase.request.invalid");
        request.setHelperText(getTranslation("privacy.erase.request.help"));
        request.setWidthFull();
        request.addClassName("privacy-erase-request");
        Binder<Draft> binder = new Binder<>();
        binder.forField(request).withValidator(PersonalDataAdmin::isRequestNumber, FormChecks.message("privacy.erase.request.invalid"))
                .bind(d -> d.request, (d, v) -> d.request = v);
        Draft draft = new Draft();
        binder.readBean(draft);
        Button confirm = new Button(getTranslation("privacy.erase.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("privacy-erase-confirm");
        // a double click erases once: the button waits for the first, and a closed dialog erases nothing
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            try {
                if (!isOpened() || !binder.writeBeanIfValid(draft)) {
                    return;
                }
                if (personalData.erase(personId, draft.request.strip())) {
                    Problems.saved();
                } else {
                    Problems.warn("privacy.gone");
                }
                close();
                erased.run();
            } finally {
                confirm.setEnabled(true);
            }
        });
        add(request);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
    }
}
