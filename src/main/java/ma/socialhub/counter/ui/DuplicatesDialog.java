package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import ma.socialhub.intake.DuplicateCandidate;

/**
 * Before a new file is made: the files that may already be this person, each with why. The agent
 * picks one, or makes a new file — unless one has the same ID card number, which can only be them.
 */
class DuplicatesDialog extends Dialog {

    DuplicatesDialog(List<DuplicateCandidate> candidates, Consumer<DuplicateCandidate> pick, Runnable createAnyway) {
        setHeaderTitle(getTranslation("intake.duplicates.title"));
        addClassName("duplicates-dialog");
        add(new Paragraph(getTranslation("intake.duplicates.explain")));
        for (DuplicateCandidate candidate : candidates) {
            PersonCard card = new PersonCard(candidate.person());
            card.addReasons(candidate.reasons().stream().sorted()
                    .map(r -> getTranslation("intake.duplicates." + r.name())).collect(Collectors.joining(" · ")));
            Button use = new Button(getTranslation("intake.thisIsThePerson"), e -> {
                close();
                pick.accept(candidate);
            });
            use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            use.addClassName("duplicate-use");
            use.setDisableOnClick(true);
            card.add(use);
            add(card);
        }
        Button create = new Button(getTranslation("intake.duplicates.createAnyway"), e -> {
            close();
            createAnyway.run();
        });
        create.addClassName("duplicate-create");
        create.setDisableOnClick(true);
        boolean certain = candidates.stream().anyMatch(DuplicateCandidate::certain);
        create.setEnabled(!certain);
        if (certain) {
            add(new Paragraph(getTranslation("intake.duplicates.certain")));
        }
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), create);
    }
}
