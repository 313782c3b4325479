package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import ma.socialhub.intake.TransferOffer;
import ma.socialhub.intake.TransferReason;

/**
 * The file kept at another center that the person's ID card matched: their names and birth date,
 * to check it is them, never where it is kept. Bringing it here needs a reason from the list; the
 * agent is told that the transfer is recorded and that their supervisor sees it.
 */
class BringFileDialog extends Dialog {

    BringFileDialog(TransferOffer offer, BiConsumer<TransferOffer, TransferReason> bring) {
        setHeaderTitle(getTranslation("intake.elsewhere.found"));
        addClassName("bring-file-dialog");
        Span arabic = new Span(offer.nameAr());
        arabic.getElement().setAttribute("dir", "rtl");
        Span latin = new Span(offer.nameLatin());
        latin.getElement().setAttribute("dir", "ltr");
        Span born = new Span(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(offer.birthDate()));
        born.getElement().setAttribute("dir", "ltr");
        Div person = new Div(arabic, latin, born);
        person.addClassName("bring-file-person");
        Select<TransferReason> reason = new Select<>();
        reason.setLabel(getTranslation("intake.transfer.reason"));
        reason.setItems(TransferReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("intake.transfer.reason." + r.name()));
        reason.addClassName("bring-file-reason");
        add(new Paragraph(getTranslation("intake.elsewhere.explainTransfer")), person, reason);
        Button confirm = new Button(getTranslation("intake.elsewhere.bring"), e -> {
            if (reason.getValue() == null) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("intake.transfer.reasonRequired"));
                return;
            }
            close();
            bring.accept(offer, reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("bring-file-confirm");
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
    }
}
