package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.counter.Lookup;
import ma.socialhub.counter.VisitSteps;
import ma.socialhub.intake.TransferOffer;

/**
 * "Does the person have a file at another center?" — answered only through their ID card: the
 * agent types its number and the birth date printed on it. A match opens the offer to bring the
 * file here ({@link BringFileDialog}); anything else answers "no file for this card", the same
 * whether the number exists with another birth date or not at all.
 */
class FileElsewhere extends Details {

    FileElsewhere(VisitSteps steps, LocalDate today, Consumer<TransferOffer> found) {
        setSummaryText(getTranslation("intake.elsewhere.title"));
        addClassName("file-elsewhere");
        TextField number = new TextField(getTranslation("intake.nationalId"));
        number.setMaxLength(20);
        number.addClassName("elsewhere-national-id");
        DatePicker birthDate = DateFields.localized(new DatePicker(getTranslation("intake.birthDate")), getLocale());
        birthDate.setMax(today);
        birthDate.addClassName("elsewhere-birth-date");
        Paragraph answer = new Paragraph();
        answer.addClassName("elsewhere-answer");
        Button look = new Button(getTranslation("intake.elsewhere.look"), VaadinIcon.SEARCH.create(), e -> {
            answer.setText("");
            if (number.getValue().isBlank() || birthDate.getValue() == null) {
                answer.setText(getTranslation("intake.elsewhere.both"));
                return;
            }
            switch (steps.fileElsewhere(number.getValue(), birthDate.getValue())) {
                case Lookup.Found<Optional<TransferOffer>> offer ->
                        offer.value().ifPresentOrElse(found, () -> answer.setText(getTranslation("intake.elsewhere.none")));
                case Lookup.SearchesUsedUp<Optional<TransferOffer>> usedUp -> Notices.warn("intake.tooManySearches");
            }
        });
        look.addClassName("elsewhere-look");
        Div fields = new Div(new Paragraph(getTranslation("intake.elsewhere.explain")), number, birthDate, look, answer);
        fields.addClassName("elsewhere-fields");
        add(fields);
    }
}
