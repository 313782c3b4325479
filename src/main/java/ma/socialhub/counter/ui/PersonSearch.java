package ma.socialhub.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import ma.socialhub.counter.Lookup;
import ma.socialhub.counter.VisitSteps;
import ma.socialhub.intake.BeneficiarySummary;
import ma.socialhub.intake.TransferOffer;

/**
 * Finding the person in front of the agent among the people known at the center (ID card, phone
 * or name), or at another center through their ID card; else registering them, or recording that
 * they refuse to give their data.
 */
class PersonSearch extends Div {

    private final VisitSteps steps;
    private final Consumer<String> pick;
    private final Div results = new Div();

    PersonSearch(VisitSteps steps, LocalDate today, Consumer<String> pick, Consumer<TransferOffer> offer, Runnable register,
            Runnable refuse) {
        this.steps = steps;
        this.pick = pick;
        TextField query = new TextField(getTranslation("intake.search"));
        query.setPlaceholder(getTranslation("intake.search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.addClassName("person-search-field");
        results.addClassName("person-results");
        Button search = new Button(getTranslation("intake.search.go"), e -> search(query.getValue()));
        search.addClassName("person-search-go");
        query.addKeyPressListener(Key.ENTER, e -> search(query.getValue()));
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        bar.addClassName("person-search");

        Button registerButton = new Button(getTranslation("intake.new"), VaadinIcon.PLUS.create(), e -> register.run());
        registerButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        registerButton.addClassName("person-new");
        Button refuseButton = new Button(getTranslation("intake.refuses"), VaadinIcon.BAN.create(), e -> refuse.run());
        refuseButton.addClassName("person-refuses");
        HorizontalLayout actions = new HorizontalLayout(registerButton, refuseButton);
        actions.setWrap(true);
        add(bar, results, new FileElsewhere(steps, today, offer), actions);
    }

    private void search(String query) {
        results.removeAll();
        switch (steps.search(query)) {
            case Lookup.Found<List<BeneficiarySummary>> found -> show(found.value());
            case Lookup.SearchesUsedUp<List<BeneficiarySummary>> usedUp -> Notices.warn("intake.tooManySearches");
        }
    }

    private void show(List<BeneficiarySummary> found) {
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("intake.search.none")));
            return;
        }
        for (BeneficiarySummary person : found) {
            PersonCard card = new PersonCard(person);
            Button choose = new Button(getTranslation("intake.thisIsThePerson"), e -> pick.accept(person.handle()));
            choose.addClassName("person-pick");
            choose.setDisableOnClick(true);
            card.add(choose);
            results.add(card);
        }
    }
}
