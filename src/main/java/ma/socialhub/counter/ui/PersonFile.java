package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import ma.socialhub.intake.Beneficiary;

/** The file of the person of the visit: who they are, what they agreed to and until when, and "Edit". */
class PersonFile extends Div {

    PersonFile(Beneficiary person, Runnable edit) {
        add(new PersonSummary(person));
        Div consent = new Div();
        consent.addClassName("person-consent");
        if (person.consent().validUntil() == null) {
            consent.add(new Span(getTranslation("intake.consent.none")));
        } else {
            String scopes = person.consent().scopes().stream().sorted()
                    .map(s -> getTranslation("intake.consent.short." + s.name())).collect(Collectors.joining(" · "));
            consent.add(new Span(getTranslation("intake.consent.given", Map.of("scopes", scopes,
                    "date", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                            .format(person.consent().validUntil())))));
        }
        Button editButton = new Button(getTranslation("intake.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
        editButton.addClassName("person-edit");
        add(consent, editButton);
    }
}
