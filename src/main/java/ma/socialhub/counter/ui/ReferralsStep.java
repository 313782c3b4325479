package ma.socialhub.counter.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.directory.Directory;
import ma.socialhub.referral.AccompanimentStep;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralEvent;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.Visit;

/**
 * Step 4: every referral of the person in front of the agent — from this center or another —
 * where it stands, and each dated change with who made it and why.
 */
class ReferralsStep extends Div {

    private final Referrals referrals;
    private final Directory directory;
    private final ZoneId zone;

    ReferralsStep(Referrals referrals, Directory directory, ZoneId zone) {
        this.referrals = referrals;
        this.directory = directory;
        this.zone = zone;
        addClassName("referrals-step");
    }

    void show(Visit visit) {
        removeAll();
        if (visit.beneficiaryId() == null) {
            add(new Paragraph(getTranslation("referral.noFile")));
            return;
        }
        List<Referral> all = referrals.ofBeneficiary(visit.beneficiaryId());
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("referral.none"));
            none.addClassName("referrals-none");
            add(none);
            return;
        }
        HubLanguage language = HubLanguage.orDefault(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        for (Referral referral : all) {
            Div row = new Div();
            row.addClassName("referral-row");
            row.getElement().setAttribute("data-status", referral.status().name());
            Span partner = new Span(directory.organization(referral.organizationId()).map(o -> o.name().in(language)).orElse(""));
            partner.addClassName("referral-partner");
            Span status = new Span(getTranslation("referral.status." + referral.status().name()));
            status.addClassName("referral-status");
            status.addClassName("status-" + referral.status().name().toLowerCase());
            row.add(partner, status);
            if (referral.programId() != null) {
                directory.program(referral.programId()).ifPresent(p -> row.add(new Span(p.name().in(language))));
            }
            row.add(new Span(getTranslation("referral.since", Map.of("date", when.format(referral.statusAt())))));
            if (referral.firstAppointmentAt() != null) {
                Span first = new Span(getTranslation("referral.firstAppointment", Map.of("when", when.format(referral.firstAppointmentAt()))));
                first.addClassName("referral-first-appointment");
                row.add(first);
            }
            Div history = new Div();
            history.addClassName("referral-history");
            for (ReferralEvent event : referrals.history(referral.id())) {
                Div line = new Div(new Span(when.format(event.at())),
                        new Span(getTranslation("referral.status." + event.to().name())), new Span(event.byName()));
                if (!event.note().isBlank()) {
                    Span note = new Span(event.note());
                    note.addClassName("referral-note");
                    line.add(note);
                }
                line.addClassName("referral-event");
                history.add(line);
            }
            for (AccompanimentStep step : referrals.steps(referral.id())) {
                Div line = new Div(new Span(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(step.happenedOn())),
                        new Span(getTranslation("referral.step." + step.kind().name())), new Span(step.byName()));
                if (step.projectForm() != null) {
                    line.add(new Span(getTranslation("referral.projectForm." + step.projectForm().name())));
                }
                if (!step.note().isBlank()) {
                    Span note = new Span(step.note());
                    note.addClassName("referral-note");
                    line.add(note);
                }
                line.addClassName("accompaniment-step");
                history.add(line);
            }
            Details details = new Details(getTranslation("referral.history"), history);
            details.addClassName("referral-details");
            row.add(details);
            add(row);
        }
    }
}
