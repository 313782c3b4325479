package ma.socialhub.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.BeneficiarySummary;
import ma.socialhub.intake.ConsentScope;
import ma.socialhub.intake.DetailField;
import ma.socialhub.intake.DetailsCheck;
import ma.socialhub.intake.DuplicateCandidate;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.TooManySearches;
import ma.socialhub.intake.TransferOffer;
import ma.socialhub.intake.TransferReason;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 of a visit: who is in front of the agent. Find them (ID card, phone or name), or register
 * them with their consent after a look at likely duplicates, or record that they refuse to give
 * their data and go on anonymously.
 */
class PersonStep extends Div {

    private final Beneficiaries beneficiaries;
    private final Visits visits;
    private final Catalog catalog;
    private final LocalDate today;
    private final Runnable changed;
    private @Nullable Visit visit;

    PersonStep(Beneficiaries beneficiaries, Visits visits, Catalog catalog, LocalDate today, Runnable changed) {
        this.beneficiaries = beneficiaries;
        this.visits = visits;
        this.catalog = catalog;
        this.today = today;
        this.changed = changed;
        addClassName("person-step");
    }

    void show(Visit visit) {
        this.visit = visit;
        removeAll();
        if (visit.anonymous()) {
            Paragraph anonymous = new Paragraph(getTranslation("intake.anonymous"));
            anonymous.addClassName("person-anonymous");
            add(anonymous);
        } else if (visit.beneficiaryId() != null) {
            beneficiaries.find(visit.beneficiaryId()).ifPresent(this::showPerson);
        } else {
            showSearch();
        }
    }

    private void showSearch() {
        TextField query = new TextField();
        query.setLabel(getTranslation("intake.search"));
        query.setPlaceholder(getTranslation("intake.search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.addClassName("person-search-field");
        Div results = new Div();
        results.addClassName("person-results");
        Button search = new Button(getTranslation("intake.search.go"), e -> results(results, query.getValue()));
        search.addClassName("person-search-go");
        query.addKeyPressListener(Key.ENTER, e -> results(results, query.getValue()));
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        bar.addClassName("person-search");

        Button register = new Button(getTranslation("intake.new"), VaadinIcon.PLUS.create(), e -> showForm(null));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClassName("person-new");
        Button refuse = new Button(getTranslation("intake.refuses"), VaadinIcon.BAN.create(), e -> confirmRefusal());
        refuse.addClassName("person-refuses");
        HorizontalLayout actions = new HorizontalLayout(register, refuse);
        actions.setWrap(true);
        add(bar, results, new FileElsewhere(beneficiaries, today, this::offer), actions);
    }

    /** The person's ID card matched a file kept at another center: offer to bring it here. */
    private void offer(TransferOffer offer) {
        new BringFileDialog(offer, this::bring).open();
    }

    private void bring(TransferOffer offer, TransferReason reason) {
        Visit current = visit;
        Optional<Beneficiary> brought = beneficiaries.transfer(offer.handle(), reason);
        if (current == null || brought.isEmpty()) {
            Notices.warn("counter.stepRefused");
        } else if (outcome(visits.attach(current.id(), brought.get().id()))) {
            Notices.done("intake.elsewhere.brought");
            changed.run();
        }
    }

    private void results(Div results, String query) {
        results.removeAll();
        List<BeneficiarySummary> found;
        try {
            found = beneficiaries.search(query);
        } catch (TooManySearches tooMany) {
            Notices.warn("intake.tooManySearches");
            return;
        }
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("intake.search.none")));
            return;
        }
        for (BeneficiarySummary person : found) {
            PersonCard card = new PersonCard(person);
            Button pick = new Button(getTranslation("intake.thisIsThePerson"), e -> attachFound(person.handle()));
            pick.addClassName("person-pick");
            pick.setDisableOnClick(true);
            card.add(pick);
            results.add(card);
        }
    }

    private void attachFound(String handle) {
        Visit current = visit;
        if (current != null && outcome(visits.attachFound(current.id(), handle))) {
            changed.run();
        }
    }

    private void confirmRefusal() {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("intake.refuses"));
        confirm.add(new Paragraph(getTranslation("intake.refuses.explain")));
        Button yes = new Button(getTranslation("intake.refuses.confirm"), e -> {
            confirm.close();
            Visit current = visit;
            if (current != null && outcome(visits.goAnonymous(current.id()))) {
                changed.run();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("refusal-confirm");
        yes.setDisableOnClick(true);
        confirm.getFooter().add(new Button(getTranslation("counter.cancel"), e -> confirm.close()), yes);
        confirm.open();
    }

    /** The registration form, or the edit form of {@code person}. Nothing typed is lost on an error. */
    private void showForm(@Nullable Beneficiary person) {
        removeAll();
        String creationKey = UUID.randomUUID().toString();
        PersonForm[] holder = new PersonForm[1];
        int[] version = {person == null ? 0 : person.version()};
        PersonForm form = new PersonForm(catalog.provinces(), today, () -> save(holder[0], person, version, creationKey),
                () -> show(java.util.Objects.requireNonNull(visit)));
        holder[0] = form;
        if (person != null) {
            form.fill(person.details(), person.consent());
        }
        add(new H3(getTranslation(person == null ? "intake.new" : "intake.edit")), form);
    }

    private void save(PersonForm form, @Nullable Beneficiary person, int[] version, String creationKey) {
        Map<DetailField, String> problems = DetailsCheck.problems(form.details(), today);
        if (!problems.isEmpty()) {
            form.showProblems(problems);
            return;
        }
        if (person == null) {
            List<DuplicateCandidate> candidates;
            Optional<TransferOffer> elsewhere;
            try {
                candidates = beneficiaries.likelyDuplicates(form.details(), null);
                elsewhere = form.details().nationalId().isBlank() || form.details().birthDate() == null ? Optional.empty()
                        : beneficiaries.fileElsewhere(form.details().nationalId(), form.details().birthDate());
            } catch (TooManySearches tooMany) {
                Notices.warn("intake.tooManySearches");
                return;
            }
            if (elsewhere.isPresent()) {
                // the card in front of the agent matches a file kept elsewhere: it is this person's
                offer(elsewhere.get());
                return;
            }
            if (!candidates.isEmpty()) {
                new DuplicatesDialog(candidates, c -> attachFound(c.person().handle()),
                        () -> register(form, creationKey)).open();
                return;
            }
            register(form, creationKey);
        } else {
            Set<ConsentScope> consent = form.consent();
            SaveResult result = beneficiaries.update(person.id(), version[0], form.details(),
                    consent.equals(person.consent().scopes()) ? null : consent);
            if (result instanceof SaveResult.Conflict) {
                conflict(person, version);
            } else {
                saved(form, result, false);
            }
        }
    }

    private void register(PersonForm form, String creationKey) {
        saved(form, beneficiaries.register(form.details(), form.consent(), creationKey), true);
    }

    private void saved(PersonForm form, SaveResult result, boolean isNew) {
        switch (result) {
            case SaveResult.Saved saved -> {
                Visit current = java.util.Objects.requireNonNull(visit);
                if (isNew) {
                    outcome(visits.attach(current.id(), saved.beneficiary().id()));
                }
                Notices.done("intake.saved");
                changed.run();
            }
            case SaveResult.Invalid invalid -> form.showProblems(invalid.problems());
            case SaveResult.ConsentMissing missing -> form.showConsentMissing(missing.scope());
            case SaveResult.Conflict conflict -> Notices.warn("intake.conflict");
        }
    }

    /** Someone saved the file meanwhile: say so, keep what was typed, let the agent look at theirs first. */
    private void conflict(Beneficiary person, int[] version) {
        Dialog dialog = new Dialog();
        dialog.addClassName("conflict-dialog");
        dialog.setHeaderTitle(getTranslation("intake.conflict.title"));
        dialog.add(new Paragraph(getTranslation("intake.conflict")));
        beneficiaries.find(person.id()).ifPresent(now -> {
            dialog.add(new Paragraph(getTranslation("intake.conflict.theirs")), new PersonSummary(now));
            Button keepMine = new Button(getTranslation("intake.conflict.keepMine"), e -> {
                version[0] = now.version();
                dialog.close();
            });
            keepMine.addClassName("conflict-keep-mine");
            Button takeTheirs = new Button(getTranslation("intake.conflict.takeTheirs"), e -> {
                dialog.close();
                showForm(now);
            });
            takeTheirs.addClassName("conflict-take-theirs");
            dialog.getFooter().add(takeTheirs, keepMine);
        });
        dialog.open();
    }

    private void showPerson(Beneficiary person) {
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
        Button edit = new Button(getTranslation("intake.edit"), VaadinIcon.EDIT.create(), e -> showForm(person));
        edit.addClassName("person-edit");
        add(consent, edit);
    }

    private boolean outcome(VisitResult result) {
        if (result instanceof VisitResult.Done) {
            return true;
        }
        Notices.warn("counter.stepRefused");
        return false;
    }
}
