package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.Map;

/**
 * A kiosk's secret or one-time registration code, shown this once: the hub keeps only its hash, so
 * closing the dialog is the last time anyone sees it.
 */
class KioskSecretDialog extends Dialog {

    /**
     * @param titleKey    what is shown ({@code admin.kiosk.credential} or {@code admin.kiosk.code})
     * @param explainKey  what to do with it, with the kiosk's id as {@code {kiosk}}
     */
    KioskSecretDialog(String titleKey, String explainKey, String kioskId, String secret, String dialogClass, String secretClass) {
        addClassName(dialogClass);
        setHeaderTitle(getTranslation(titleKey));
        Pre shown = new Pre(secret);
        shown.addClassName(secretClass);
        add(new Paragraph(getTranslation(explainKey, Map.of("kiosk", kioskId))), shown);
        getFooter().add(new Button(getTranslation("kiosk.done"), e -> close()));
    }

    static KioskSecretDialog credential(String kioskId, String credential) {
        return new KioskSecretDialog("admin.kiosk.credential", "admin.kiosk.credential.explain", kioskId, credential,
                "kiosk-credential-dialog", "kiosk-credential");
    }

    static KioskSecretDialog registrationCode(String kioskId, String code) {
        return new KioskSecretDialog("admin.kiosk.code", "admin.kiosk.code.explain", kioskId, code, "kiosk-code-dialog",
                "kiosk-registration-code-shown");
    }
}
