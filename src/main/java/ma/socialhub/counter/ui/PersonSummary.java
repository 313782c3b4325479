package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.stream.Collectors;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.intake.Beneficiary;

/** The person of the visit in full: the agent has them in front of them. */
class PersonSummary extends Div {

    PersonSummary(Beneficiary person) {
        addClassName("person-summary");
        Span name = new Span(person.displayName());
        name.addClassName("person-summary-name");
        add(name);
        var d = person.details();
        if (!d.firstNameLatin().isBlank() || !d.lastNameLatin().isBlank()) {
            Span latin = new Span((d.firstNameLatin() + " " + d.lastNameLatin()).strip());
            latin.getElement().setAttribute("dir", "ltr");
            add(latin);
        }
        if (d.effectiveBirthYear() != null) {
            add(new Span(getTranslation("intake.bornIn", Map.of("year", d.effectiveBirthYear()))));
        }
        if (!d.nationalId().isBlank()) {
            add(new Span(getTranslation("intake.nationalId")), new Isolated(d.nationalId()));
        }
        if (!d.phone().isBlank()) {
            add(new Span(getTranslation("intake.phone")), new Isolated(d.phone()));
        }
        if (!d.situations().isEmpty()) {
            add(new Span(d.situations().stream().sorted().map(s -> getTranslation("situation." + s.name()))
                    .collect(Collectors.joining(" · "))));
        }
    }
}
