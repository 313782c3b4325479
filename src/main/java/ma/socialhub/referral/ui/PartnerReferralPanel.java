package ma.socialhub.referral.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.intake.SharedFile;
import ma.socialhub.referral.AppointmentResult;
import ma.socialhub.referral.ChangeResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralOutcome;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.referral.Referrals;
import ma.socialhub.referral.AccompanimentStepResult;
import ma.socialhub.visit.Need;
import ma.socialhub.visit.Visits;
import org.jspecify.annotations.Nullable;

/**
 * One referral as the partner works it: who the person is (what the referral shares), why they were
 * sent, what happened so far, and the actions the life cycle allows the partner now.
 */
class PartnerReferralPanel extends Div {

    private final Referrals referrals;
    private final Directory directory;
    private final Catalog catalog;
    private final Visits visits;
    private final Runnable changed;

    PartnerReferralPanel(Referrals referrals, Directory directory, Catalog catalog, Visits visits, Runnable changed) {
        this.referrals = referrals;
        this.directory = directory;
        this.catalog = catalog;
        this.visits = visits;
        this.changed = changed;
        addClassName("partner-referral");
        clear();
    }

    void clear() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("partner.pick"));
        hint.addClassName("partner-hint");
        add(hint);
    }

    void show(Referral referral, @Nullable SharedFile person) {
        removeAll();
        HubLanguage language = HubLanguage.orDefault(getLocale());
        add(new H2(person == null ? getTranslation("partner.personHidden")
                : person.identified() ? title(person) : getTranslation("partner.personNotYet")));
        if (person != null) {
            Div facts = new Div();
            facts.addClassName("partner-person");
            if (person.birthYear() != null) {
                facts.add(new Span(getTranslation("intake.bornIn", Map.of("year", person.birthYear()))));
            }
            if (person.sex() != null) {
                facts.add(new Span(getTranslation("intake.sex." + person.sex().name())));
            }
            if (!person.phone().isBlank()) {
                facts.add(new Span(getTranslation("intake.phone")), new Isolated(person.phone()));
            }
            String place = (person.provinceId() == null ? "" : catalog.provinces().stream()
                    .filter(p -> p.id() == person.provinceId()).map(p -> p.name().in(language)).findFirst().orElse("")
                    + " ") + person.commune();
            if (!place.isBlank()) {
                facts.add(new Span(place.strip()));
            }
            if (person.literacy() != null) {
                facts.add(new Span(getTranslation("intake.literacy") + " : " + getTranslation("literacy." + person.literacy().name())));
            }
            add(facts);
        }
        Div about = new Div();
        about.addClassName("partner-about");
        Span status = new Span(getTranslation("referral.status." + referral.status().name()));
        status.addClassName("referral-status");
        status.addClassName("status-" + referral.status().name().toLowerCase());
        about.add(status);
        if (referrals.isStale(referral)) {
            Span stale = new Span(getTranslation("referral.stale", Map.of("days", referrals.daysInStatus(referral))));
            stale.addClassName("referral-stale");
            about.add(stale);
        }
        about.add(new Span(getTranslation("partner.from", Map.of("center",
                catalog.center(referral.centerId()).map(c -> c.name().in(language)).orElse("")))));
        if (referral.programId() != null) {
            directory.program(referral.programId()).ifPresent(p -> about.add(new Span(p.name().in(language))));
        }
        Paragraph reason = new Paragraph(referral.reason());
        reason.addClassName("partner-reason");
        Map<String, Need> needs = visits.allNeeds().stream().collect(Collectors.toMap(Need::code, n -> n));
        String needList = referral.needs().stream().sorted()
                .map(code -> Optional.ofNullable(needs.get(code)).map(n -> n.name().in(language)).orElse(code))
                .collect(Collectors.joining(" · "));
        add(about, reason);
        if (!needList.isEmpty()) {
            add(new Paragraph(getTranslation("partner.needs", Map.of("needs", needList))));
        }
        add(actions(referral));
        if (referral.status() == ReferralStatus.ACCEPTED || referral.status() == ReferralStatus.IN_ACCOMPANIMENT) {
            add(new AppointmentForm(referral, referrals.zoneOf(referral), referrals.today(referral), at -> appoint(referral, at)));
        }
        if (referral.status() == ReferralStatus.IN_ACCOMPANIMENT) {
            add(new StepForm(referrals.today(referral), step -> switch (referrals.recordStep(referral.id(), step)) {
                case AccompanimentStepResult.Recorded recorded -> {
                    done("referral.step.recorded");
                    changed.run();
                    yield Map.of();
                }
                case AccompanimentStepResult.Invalid invalid -> invalid.problems();
                case AccompanimentStepResult.AlreadyLaunched launched -> Map.of("form", "referral.step.error.alreadyLaunched");
                case AccompanimentStepResult.NotInAccompaniment not -> {
                    changed.run();
                    yield Map.of();
                }
            }));
        }
        add(new ReferralTimeline(referrals.history(referral.id()), referrals.steps(referral.id()), referrals.zoneOf(referral)));
    }

    private HorizontalLayout actions(Referral referral) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("partner-actions");
        actions.setWrap(true);
        for (ReferralStatus next : List.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_ACCOMPANIMENT, ReferralStatus.COMPLETED,
                ReferralStatus.DECLINED, ReferralStatus.DROPPED)) {
            if (!referral.status().canMoveTo(next, ReferralStatus.Side.PARTNER)) {
                continue;
            }
            Button button = new Button(getTranslation("partner.action." + next.name()), icon(next));
            button.addClassName("partner-" + next.name().toLowerCase().replace('_', '-'));
            if (next == ReferralStatus.DECLINED || next == ReferralStatus.DROPPED) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                button.addClickListener(e -> new NoteDialog("partner.action." + next.name(), false,
                        (note, outcome) -> move(referral, next, note, null)).open());
            } else if (next == ReferralStatus.COMPLETED) {
                button.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
                button.addClickListener(e -> new NoteDialog("partner.action.COMPLETED", true,
                        (note, outcome) -> move(referral, next, note, outcome)).open());
            } else {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.setDisableOnClick(true);
                button.addClickListener(e -> move(referral, next, "", null));
            }
            actions.add(button);
        }
        return actions;
    }

    /** Moves the referral; the key of a problem to show, or null once done. */
    private @Nullable String move(Referral referral, ReferralStatus to, String note, @Nullable ReferralOutcome outcome) {
        ChangeResult result = referrals.move(referral.id(), referral.version(), to, note, outcome);
        return switch (result) {
            case ChangeResult.Changed changedNow -> {
                done("partner.moved");
                changed.run();
                yield null;
            }
            case ChangeResult.NoteRequired required -> "partner.noteRequired";
            case ChangeResult.Conflict conflict -> {
                warn("partner.conflict");
                changed.run();
                yield null;
            }
            case ChangeResult.Illegal illegal -> {
                warn("counter.stepRefused");
                changed.run();
                yield null;
            }
        };
    }

    /** Sets the first appointment; the key of a problem to show, or null once done. */
    private @Nullable String appoint(Referral referral, LocalDateTime at) {
        return switch (referrals.setFirstAppointment(referral.id(), referral.version(), at)) {
            case AppointmentResult.Set set -> {
                done("referral.appointment.saved");
                changed.run();
                yield null;
            }
            case AppointmentResult.Invalid invalid -> invalid.problem();
            case AppointmentResult.Conflict conflict -> {
                warn("partner.conflict");
                changed.run();
                yield null;
            }
            case AppointmentResult.NotNow not -> {
                warn("counter.stepRefused");
                changed.run();
                yield null;
            }
        };
    }

    private static Icon icon(ReferralStatus next) {
        return switch (next) {
            case ACCEPTED -> VaadinIcon.CHECK.create();
            case IN_ACCOMPANIMENT -> VaadinIcon.PLAY.create();
            case COMPLETED -> VaadinIcon.FLAG_CHECKERED.create();
            default -> VaadinIcon.CLOSE_CIRCLE.create();
        };
    }

    private static String title(SharedFile person) {
        return person.nameAr().isBlank() ? person.nameLatin()
                : person.nameLatin().isBlank() ? person.nameAr() : person.nameAr() + " · " + person.nameLatin();
    }

    private static void done(String key) {
        Notification.show(UI.getCurrent().getTranslation(key), 2500, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void warn(String key) {
        Notification.show(UI.getCurrent().getTranslation(key), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
