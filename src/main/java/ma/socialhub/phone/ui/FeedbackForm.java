package ma.socialhub.phone.ui;

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

    static final String[] FACES = {"😞", "🙁", "😐", "🙂", "😄"};

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
            Button face = new Button(FACES[i - 1], e -> choose(value));
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
