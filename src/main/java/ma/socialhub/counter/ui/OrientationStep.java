package ma.socialhub.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import ma.socialhub.messaging.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.counter.CounterDesk;
import ma.socialhub.counter.VisitSteps;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.orientation.OrientationRule;
import ma.socialhub.orientation.TargetKind;
import ma.socialhub.referral.ReferResult;
import ma.socialhub.referral.Referral;
import ma.socialhub.ticketing.MoveResult;
import ma.socialhub.visit.Need;
import ma.socialhub.visit.ProposalDecision;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.VisitProposal;
import ma.socialhub.visit.VisitResult;
import ma.socialhub.visit.Visits;

/**
 * Step 3: what the hub proposes, each with the rule that produced it and why. The agent accepts or
 * rejects each with the person; an accepted partner proposal is referred in one tap (the partner
 * of the region is preselected), an accepted service sends the ticket to that line.
 */
class OrientationStep extends Div {

    private final Visits visits;
    private final VisitSteps steps;
    private final CounterDesk desk;
    private final Directory directory;
    private final Catalog catalog;
    private final Runnable changed;
    private final Runnable counterChanged;

    /** {@code changed}: the visit changed; {@code counterChanged}: its ticket left the counter. */
    OrientationStep(Visits visits, VisitSteps steps, CounterDesk desk, Directory directory, Catalog catalog, Runnable changed,
            Runnable counterChanged) {
        this.visits = visits;
        this.steps = steps;
        this.desk = desk;
        this.directory = directory;
        this.catalog = catalog;
        this.changed = changed;
        this.counterChanged = counterChanged;
        addClassName("orientation-step");
    }

    void show(Visit visit) {
        removeAll();
        List<VisitProposal> proposals = visits.proposals(visit.id());
        if (proposals.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("orientation.none"));
            none.addClassName("orientation-none");
            add(none);
            return;
        }
        Map<String, Need> needs = visits.allNeeds().stream().collect(Collectors.toMap(Need::code, n -> n));
        List<Referral> referred = desk.referralsFrom(visit.id());
        for (VisitProposal proposal : proposals) {
            add(card(visit, proposal, needs, referred));
        }
    }

    private Div card(Visit visit, VisitProposal proposal, Map<String, Need> needs, List<Referral> referred) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        OrientationRule rule = proposal.proposal().rule();
        Div card = new Div();
        card.addClassName("proposal-card");
        card.getElement().setAttribute("data-rule", rule.code());
        Span title = new Span(rule.title().in(language));
        title.addClassName("proposal-title");
        Span reason = new Span(rule.reason().in(language));
        reason.addClassName("proposal-reason");
        String because = proposal.proposal().because().stream().map(m -> switch (m.kind()) {
            case SITUATION -> getTranslation("situation." + m.value());
            case NEED -> Optional.ofNullable(needs.get(m.value())).map(n -> n.name().in(language)).orElse(m.value());
            case SEX -> getTranslation("intake.sex." + m.value());
            case AGE -> getTranslation("orientation.age", Map.of("age", m.value()));
            case RSU_STATUS -> getTranslation("rsu." + m.value());
        }).collect(Collectors.joining(" · "));
        Span why = new Span(getTranslation("orientation.because", Map.of("criteria", because, "rule", rule.code())));
        why.addClassName("proposal-because");
        card.add(title, reason, why);

        Button accept = new Button(getTranslation("orientation.accept"), VaadinIcon.CHECK.create(),
                e -> decide(visit, rule, ProposalDecision.ACCEPTED));
        accept.addClassName("proposal-accept");
        Button reject = new Button(getTranslation("orientation.reject"), VaadinIcon.CLOSE_SMALL.create(),
                e -> decide(visit, rule, ProposalDecision.REJECTED));
        reject.addClassName("proposal-reject");
        if (proposal.decision() == ProposalDecision.ACCEPTED) {
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            card.addClassName("accepted");
        } else if (proposal.decision() == ProposalDecision.REJECTED) {
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            card.addClassName("rejected");
        }
        accept.setEnabled(visit.open());
        reject.setEnabled(visit.open());
        card.add(new HorizontalLayout(accept, reject));

        if (proposal.decision() == ProposalDecision.ACCEPTED && visit.open()) {
            if (rule.targetKind() == TargetKind.SERVICE && rule.serviceId() != null) {
                long serviceId = rule.serviceId();
                Button send = new Button(getTranslation("orientation.sendToService", Map.of("service",
                        catalog.service(serviceId).map(s -> s.name().in(language)).orElse(""))), VaadinIcon.EXCHANGE.create(),
                        e -> sendToService(visit, rule));
                send.addClassName("proposal-send");
                card.add(send);
            } else if (rule.targetKind().refersToAPartner()) {
                card.add(referral(visit, rule, referred, language));
            }
        }
        return card;
    }

    private Div referral(Visit visit, OrientationRule rule, List<Referral> referred, HubLanguage language) {
        Div box = new Div();
        box.addClassName("proposal-referral");
        Optional<Referral> done = referred.stream().filter(r -> Long.valueOf(rule.id()).equals(r.ruleId())).findFirst();
        if (done.isPresent()) {
            Span sent = new Span(getTranslation("orientation.referred", Map.of("partner",
                    directory.organization(done.get().organizationId()).map(o -> o.name().in(language)).orElse(""),
                    "status", getTranslation("referral.status." + done.get().status().name()))));
            sent.addClassName("proposal-referred");
            box.add(sent);
            return box;
        }
        if (visit.beneficiaryId() == null) {
            box.add(new Span(getTranslation("orientation.needsAFile")));
            return box;
        }
        List<Organization> partners = steps.partnersFor(rule);
        if (partners.isEmpty()) {
            box.add(new Span(getTranslation("orientation.noPartner")));
            return box;
        }
        Select<Organization> partner = new Select<>();
        partner.setLabel(getTranslation("orientation.partner"));
        partner.setItems(partners);
        partner.setItemLabelGenerator(o -> o.name().in(language));
        partner.setValue(partners.getFirst());
        partner.addClassName("proposal-partner");
        partner.setWidthFull();
        TextArea reason = new TextArea(getTranslation("orientation.reason"));
        reason.setValue(rule.reason().in(language) + (visit.note().isBlank() ? "" : "\n" + visit.note()));
        reason.setWidthFull();
        reason.addClassName("proposal-reason-field");
        Button refer = new Button(getTranslation("orientation.refer"), VaadinIcon.PAPERPLANE.create());
        refer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refer.addClassName("proposal-refer");
        refer.setDisableOnClick(true);
        // the person may wait for the partner's answer at home and be told by SMS, if they say yes to it here
        boolean offered = steps.messagesOffered();
        TextField number = new TextField(getTranslation("orientation.sms"));
        number.setHelperText(getTranslation("orientation.smsHelper"));
        number.addClassName("proposal-sms");
        number.setWidthFull();
        // the field's own validation (it has no constraint) would clear the message on blur, and
        // the checkbox below would move up under the finger that goes to tick it
        number.setManualValidation(true);
        number.setVisible(offered);
        Checkbox agreed = new Checkbox(getTranslation("orientation.smsAgreed"));
        agreed.addClassName("proposal-sms-agreed");
        agreed.setVisible(offered);
        refer.addClickListener(e -> {
            String typed = number.getValue().strip();
            number.setInvalid(false);
            if (!typed.isEmpty() && !Messages.isMobile(typed)) {
                number.setInvalid(true);
                number.setErrorMessage(getTranslation("phone.sms.invalid"));
                refer.setEnabled(true);
                return;
            }
            if (!typed.isEmpty() && !agreed.getValue()) {
                number.setInvalid(true);
                number.setErrorMessage(getTranslation("counter.transfer.smsNeedsYes"));
                refer.setEnabled(true);
                return;
            }
            switch (steps.refer(visit.id(), rule.id(), partner.getValue().id(), reason.getValue(), typed.isEmpty() ? null : typed)) {
                case ReferResult.Referred referredNow -> {
                    Notices.done("orientation.referredNow");
                    changed.run();
                }
                case ReferResult.SharingNotAgreed notAgreed -> Notices.warn("orientation.sharingNotAgreed");
                case ReferResult.Invalid invalid -> {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(invalid.problem()));
                }
                case ReferResult.NotAllowed refused -> Notices.warn("counter.stepRefused");
                case ReferResult.PhoneInvalid invalid -> {
                    number.setInvalid(true);
                    number.setErrorMessage(getTranslation("phone.sms.invalid"));
                }
            }
            refer.setEnabled(true);
        });
        // one line each: the yes is read and ticked on its own, not taken in passing
        box.add(partner, reason, number, new Div(agreed), new Div(refer));
        return box;
    }

    private void decide(Visit visit, OrientationRule rule, ProposalDecision decision) {
        if (steps.decide(visit.id(), rule.id(), decision) instanceof VisitResult.NotAllowed) {
            Notices.warn("counter.stepRefused");
        }
        changed.run();
    }

    /** An accepted proposal of another service: the ticket goes to that line, keeping its place. */
    private void sendToService(Visit visit, OrientationRule rule) {
        if (desk.sendToService(visit.id(), rule.id()) instanceof MoveResult.Moved) {
            Notices.done("counter.transfer.done");
        } else {
            Notices.warn("counter.stepRefused");
        }
        counterChanged.run();
    }

}
