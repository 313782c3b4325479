package ma.socialhub.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.counter.Registration;
import ma.socialhub.counter.VisitSteps;
import ma.socialhub.intake.Beneficiaries;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.SaveResult;
import ma.socialhub.intake.TransferOffer;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitResult;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 of a visit: who is in front of the agent. Find them (ID card, phone or name), or register
 * them with their consent after a look at likely duplicates, or record that they refuse to give
 * their data and go on anonymously. What each answer leads to is {@link VisitSteps}' to decide;
 * this step shows it.
 */
class PersonStep extends Div {

    private final VisitSteps steps;
    private final Beneficiaries beneficiaries;
    private final Catalog catalog;
    private final LocalDate today;
    private final Runnable changed;
    private @Nullable Visit visit;

    PersonStep(VisitSteps steps, Beneficiaries beneficiaries, Catalog catalog, LocalDate today, Runnable changed) {
        this.steps = steps;
        this.beneficiaries = beneficiaries;
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
            beneficiaries.find(visit.beneficiaryId()).ifPresent(person -> add(new PersonFile(person, () -> showForm(person))));
        } else {
            add(new PersonSearch(steps, today, this::attachFound, this::offer, () -> showForm(null),
                    () -> new RefusalDialog(this::goAnonymous).open()));
        }
    }

    /** The person's ID card matched a file kept at another center: offer to bring it here. */
    private void offer(TransferOffer offer) {
        new BringFileDialog(offer, (o, reason) -> {
            if (outcome(steps.bringFile(visit().id(), o.handle(), reason))) {
                Notices.done("intake.elsewhere.brought");
                changed.run();
            }
        }).open();
    }

    private void attachFound(String handle) {
        if (outcome(steps.attachFound(visit().id(), handle))) {
            changed.run();
        }
    }

    private void goAnonymous() {
        if (outcome(steps.goAnonymous(visit().id()))) {
            changed.run();
        }
    }

    /** The registration form, or the edit form of {@code person}. Nothing typed is lost on an error. */
    private void showForm(@Nullable Beneficiary person) {
        removeAll();
        Edit edit = new Edit(person);
        PersonDraft draft = person == null ? new PersonDraft() : PersonDraft.of(person.details(), person.consent());
        PersonForm form = new PersonForm(catalog.provinces(), today, draft, f -> save(f, edit), () -> show(visit()));
        add(new H3(getTranslation(person == null ? "intake.new" : "intake.edit")), form);
    }

    private void save(PersonForm form, Edit edit) {
        form.draft().ifPresent(typed -> {
            if (edit.person == null) {
                register(form, typed, edit, false);
                return;
            }
            switch (steps.saveFile(edit.person.id(), edit.version, typed.details(), typed.consent())) {
                case SaveResult.Saved saved -> saved();
                case SaveResult.Invalid invalid -> form.showProblems(invalid.problems());
                case SaveResult.ConsentMissing missing -> form.showConsentMissing(missing.scope());
                case SaveResult.Conflict conflict -> new ConflictDialog(beneficiaries.find(edit.person.id()),
                        theirs -> edit.version = theirs.version(), this::showForm).open();
            }
        });
    }

    private void register(PersonForm form, PersonDraft typed, Edit edit, boolean duplicatesSeen) {
        switch (steps.register(visit().id(), typed.details(), typed.consent(), edit.creationKey, duplicatesSeen)) {
            case Registration.Registered registered -> saved();
            case Registration.Invalid invalid -> form.showProblems(invalid.problems());
            case Registration.ConsentMissing missing -> form.showConsentMissing(missing.scope());
            case Registration.KeptElsewhere elsewhere -> offer(elsewhere.offer());
            case Registration.LikelyDuplicates likely -> new DuplicatesDialog(likely.candidates(),
                    candidate -> attachFound(candidate.person().handle()), () -> register(form, typed, edit, true)).open();
            case Registration.SearchesUsedUp usedUp -> Notices.warn("intake.tooManySearches");
            case Registration.NotAllowed refused -> Notices.warn("counter.stepRefused");
        }
    }

    private void saved() {
        Notices.done("intake.saved");
        changed.run();
    }

    private boolean outcome(VisitResult result) {
        if (result instanceof VisitResult.Done) {
            return true;
        }
        Notices.warn("counter.stepRefused");
        return false;
    }

    private Visit visit() {
        return Objects.requireNonNull(visit, "the person step shows a visit");
    }

    /**
     * One opening of the form: the key that makes a double submit find the first one's file, and
     * the version of the file the changes are made on (moved on when the agent keeps theirs).
     */
    private static final class Edit {

        final @Nullable Beneficiary person;
        final String creationKey = UUID.randomUUID().toString();
        int version;

        Edit(@Nullable Beneficiary person) {
            this.person = person;
            this.version = person == null ? 0 : person.version();
        }
    }
}
