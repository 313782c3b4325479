package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.intake.BeneficiarySummary;

/** A person in a list: names in both scripts, birth year, masked identifiers. */
class PersonCard extends Div {

    PersonCard(BeneficiarySummary person) {
        addClassName("person-card");
        Span arabic = new Span(person.nameAr());
        arabic.getElement().setAttribute("dir", "rtl");
        arabic.addClassName("person-name-ar");
        Span latin = new Span(person.nameLatin());
        latin.getElement().setAttribute("dir", "ltr");
        latin.addClassName("person-name-latin");
        Div names = new Div(arabic, latin);
        names.addClassName("person-names");
        add(names);
        Div facts = new Div();
        facts.addClassName("person-facts");
        if (person.birthYear() != null) {
            facts.add(new Span(getTranslation("intake.bornIn", Map.of("year", person.birthYear()))));
        }
        if (!person.maskedNationalId().isEmpty()) {
            facts.add(new Span(getTranslation("intake.nationalId")), new Isolated(person.maskedNationalId()));
        }
        if (!person.maskedPhone().isEmpty()) {
            facts.add(new Span(getTranslation("intake.phone")), new Isolated(person.maskedPhone()));
        }
        add(facts);
    }

    void addReasons(String reasons) {
        Span why = new Span(reasons);
        why.addClassName("duplicate-reasons");
        add(why);
    }
}
