package ma.socialhub.phone.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.messaging.SubscriptionSource;

/**
 * On the ticket's page: "send me an SMS when my turn is near", with the number and what is done
 * with it; once given, the number (last two digits) and a way to stop. The same section is where
 * a message's link leads to stop the messages.
 */
class SmsFollow extends Div {

    private final Messages messages;
    private final String link;

    SmsFollow(Messages messages, String link, boolean waiting) {
        this.messages = messages;
        this.link = link;
        addClassName("phone-sms");
        show(messages.followedBy(link), waiting);
    }

    private void show(Optional<String> followedBy, boolean waiting) {
        removeAll();
        if (followedBy.isPresent()) {
            Span to = new Span(getTranslation("phone.sms.following", Map.of("number", followedBy.get())));
            to.addClassName("phone-sms-following");
            to.getElement().setAttribute("dir", "auto");
            Button stop = new Button(getTranslation("phone.sms.stop"), e -> {
                messages.stop(link);
                removeAll();
                Paragraph stopped = new Paragraph(getTranslation("phone.sms.stopped"));
                stopped.addClassName("phone-sms-stopped");
                add(stopped);
            });
            stop.addClassName("phone-sms-stop");
            stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(to, stop);
            return;
        }
        if (!waiting || !messages.offered()) {
            return;
        }
        TextField number = new TextField(getTranslation("phone.sms.field"));
        number.addClassName("phone-sms-number");
        number.getElement().setAttribute("type", "tel");
        number.getElement().setAttribute("inputmode", "tel");
        number.getElement().setAttribute("autocomplete", "tel-national");
        number.getElement().setAttribute("dir", "ltr");
        number.setPlaceholder("06 12 34 56 78");
        number.setMaxLength(20);
        Paragraph consent = new Paragraph(getTranslation("phone.sms.consent"));
        consent.addClassName("phone-sms-consent");
        Button send = new Button(getTranslation("phone.sms.button"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("phone-sms-send");
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            SubscribeResult result = messages.subscribe(link, number.getValue(), SubscriptionSource.PHONE_PAGE);
            switch (result) {
                case SubscribeResult.Subscribed ok -> show(Optional.of(ok.maskedNumber()), waiting);
                case SubscribeResult.PhoneInvalid invalid -> refuse(number, send, getTranslation("phone.sms.invalid"));
                case SubscribeResult.TooManyForNumber many ->
                        refuse(number, send, getTranslation("phone.sms.tooMany"));
                case SubscribeResult.NotWaiting over -> show(Optional.empty(), false);
            }
        });
        Span title = new Span(getTranslation("phone.sms.title"));
        title.addClassName("phone-sms-title");
        number.setWidthFull();
        add(title, number, consent, send);
    }

    /** The typed number stays, with what is wrong with it. */
    private static void refuse(TextField number, Button send, String why) {
        number.setInvalid(true);
        number.setErrorMessage(why);
        send.setEnabled(true);
    }
}
