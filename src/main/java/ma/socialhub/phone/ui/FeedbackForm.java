package ma.socialhub.phone.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import ma.socialhub.feedback.FeedbackChannel;
import ma.socialhub.feedback.FeedbackReason;
import ma.socialhub.feedback.FeedbackResult;
import ma.socialhub.feedback.Feedbacks;

/**
 * "How was your visit?": five faces (each with its words, for those who read poorly and for
 * screen readers), then optional reasons and comment, then send. A face alone is an answer.
 */
class FeedbackForm extends Div {

    /**
     * The five faces drawn, not typed: an emoji depends on the phone's fonts (two of these five
     * were empty boxes on a phone without a recent emoji font). From very unhappy to very happy,
     * by the mouth's curve; colours from red to green, with the shape saying it without them.
     */
    private static final String[] MOUTHS = {"M11 25 Q18 17 25 25", "M12 24 Q18 20 24 24", "M12 23 L24 23",
            "M12 22 Q18 26 24 22", "M11 21 Q18 29 25 21"};
    private static final String[] COLOURS = {"#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"};

    static String face(int score) {
        return "<svg viewBox='0 0 36 36' width='36' height='36' aria-hidden='true'>"
                + "<circle cx='18' cy='18' r='16' fill='" + COLOURS[score - 1] + "'/>"
                + "<circle cx='12.5' cy='14' r='2.2' fill='#1b1b1b'/><circle cx='23.5' cy='14' r='2.2' fill='#1b1b1b'/>"
                + "<path d='" + MOUTHS[score - 1] + "' stroke='#1b1b1b' stroke-width='2.4' fill='none' stroke-linecap='round'/>"
                + "</svg>";
    }

    private final Feedbacks feedbacks;
    private final String link;
    private final FeedbackChannel channel;
    private final List<Button> faces = new ArrayList<>();
    private int score;

    FeedbackForm(Feedbacks feedbacks, String link, FeedbackChannel channel) {
        this.feedbacks = feedbacks;
        this.link = link;
        this.channel = channel;
        addClassName("feedback-form");
        H2 title = new H2(getTranslation("feedback.title"));
        Div scale = new Div();
        scale.addClassName("feedback-faces");
        scale.getElement().setAttribute("role", "radiogroup");
        scale.getElement().setAttribute("aria-label", getTranslation("feedback.title"));
        for (int i = 1; i <= 5; i++) {
            int value = i;
            Button face = new Button(new Svg(face(i)), e -> choose(value));
            face.addClassName("feedback-face");
            face.getElement().setAttribute("role", "radio");
            face.getElement().setAttribute("aria-checked", "false");
            face.setAriaLabel(getTranslation("feedback.face." + i));
            face.setTooltipText(getTranslation("feedback.face." + i));
            faces.add(face);
            scale.add(face);
        }
        CheckboxGroup<FeedbackReason> reasons = new CheckboxGroup<>(getTranslation("feedback.reasons"));
        reasons.setItems(FeedbackReason.values());
        reasons.setItemLabelGenerator(r -> getTranslation("feedback.reason." + r.name()));
        reasons.addClassName("feedback-reasons");
        TextArea comment = new TextArea(getTranslation("feedback.comment"));
        comment.setMaxLength(500);
        comment.setHelperText(getTranslation("feedback.commentNote"));
        comment.addClassName("feedback-comment");
        Button send = new Button(getTranslation("feedback.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("feedback-send");
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            if (score == 0) {
                Paragraph choose = new Paragraph(getTranslation("feedback.chooseFace"));
                choose.addClassName("feedback-choose");
                addComponentAsFirst(choose);
                send.setEnabled(true);
                return;
            }
            FeedbackResult result = feedbacks.give(link, score, reasons.getValue(), comment.getValue(), channel);
            removeAll();
            String key = switch (result) {
                case FeedbackResult.Thanks thanks -> "feedback.thanks";
                case FeedbackResult.AlreadyGiven given -> "feedback.already";
                case FeedbackResult.NotOpen closed -> "feedback.closed";
                case FeedbackResult.Invalid invalid -> "feedback.invalid";
            };
            Paragraph answer = new Paragraph(getTranslation(key));
            answer.addClassName("feedback-answer");
            add(answer);
        });
        add(title, scale, reasons, comment, send);
    }

    private void choose(int value) {
        score = value;
        for (int i = 0; i < faces.size(); i++) {
            Button face = faces.get(i);
            boolean chosen = i + 1 == value;
            face.getElement().setAttribute("aria-checked", String.valueOf(chosen));
            if (chosen) {
                face.addClassName("chosen");
            } else {
                face.removeClassName("chosen");
            }
        }
    }
}
