package ma.socialhub.phone.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.booking.ServiceDays;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.feedback.FeedbackReason;
import ma.socialhub.feedback.FeedbackState;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.messaging.Messages;
import ma.socialhub.ticketing.CallOrder;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.TicketState;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a ticket's page shows, as the template's values: number, state, place and estimate while it
 * waits, the counter once called; the SMS offer or its stop; the feedback once the visit is over.
 * Public, so nothing personal; the discreet variant (a message's link) leaves out the service and
 * the booking page, and names the center by its neutral name.
 */
@Component
class TicketPage {

    /** From very unhappy to very happy, by the mouth's curve; the colour says it again, never alone. */
    private static final String[] MOUTHS = {"M11 25 Q18 17 25 25", "M12 24 Q18 20 24 24", "M12 23 L24 23",
            "M12 22 Q18 26 24 22", "M11 21 Q18 29 25 21"};
    private static final String[] COLOURS = {"#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"};

    private final Tickets tickets;
    private final Catalog catalog;
    private final ServiceDays serviceDays;
    private final Messages messages;
    private final Feedbacks feedbacks;
    private final Clock clock;

    TicketPage(Tickets tickets, Catalog catalog, ServiceDays serviceDays, Messages messages, Feedbacks feedbacks, Clock clock) {
        this.tickets = tickets;
        this.catalog = catalog;
        this.serviceDays = serviceDays;
        this.messages = messages;
        this.feedbacks = feedbacks;
        this.clock = clock;
    }

    /** What a visit to the page asked for, and what its last form left to say. */
    record Request(String link, String base, boolean discreet, PhoneTexts texts, boolean fromSms, @Nullable String notice,
            @Nullable String smsTyped, @Nullable String smsError, @Nullable FeedbackTyped feedback) {

        String query() {
            return "?lang=" + texts.language().tag() + (fromSms ? "&sms" : "");
        }
    }

    /** A feedback form sent back with what is wrong: what was chosen and typed stays. */
    record FeedbackTyped(int score, Set<String> reasons, String comment, String error) {
    }

    Map<String, Object> model(Ticket ticket, Request request) {
        PhoneTexts texts = request.texts();
        HubLanguage language = texts.language();
        Optional<Center> center = catalog.center(ticket.centerId());
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> shown = new HashMap<>();
        model.put("title", ticket.number() + " · " + texts.t(request.discreet() ? "message.link.title" : "phone.title"));
        model.put("discreet", request.discreet());
        model.put("ticket", shown);
        serviceDays.holidayToday(ticket.centerId()).ifPresent(reason ->
                shown.put("closedToday", texts.t("booking.closedToday", Map.of("reason", reason))));
        shown.put("center", request.discreet() ? messages.centerName(ticket.centerId(), language)
                : center.map(c -> c.name().in(language)).orElse(""));
        shown.put("number", ticket.number().toString());
        if (!request.discreet()) {
            shown.put("service", catalog.service(ticket.serviceId()).map(s -> s.name().in(language)).orElse(""));
        }
        shown.put("state", texts.t("ticket.state." + ticket.state().name()));
        shown.put("stateClass", ticket.state().name().toLowerCase());
        center.filter(c -> ticket.state() == TicketState.WAITING && ticket.day().isAfter(LocalDate.now(clock.withZone(c.timeZone()))))
                .ifPresent(c -> shown.put("carried", texts.t("phone.carried", Map.of("day",
                        DateTimeFormatter.ofPattern("EEEE d MMMM", language.locale()).format(ticket.day())))));
        if (ticket.state() == TicketState.WAITING && ticket.dueAt() != null) {
            center.ifPresent(c -> shown.put("due", texts.t("ticket.due", Map.of(
                    "time", PhoneTexts.TIME.format(ticket.dueAt().atZone(c.timeZone())),
                    "from", PhoneTexts.TIME.format(CallOrder.callableFrom(ticket.dueAt()).atZone(c.timeZone()))))));
        } else if (ticket.state() == TicketState.WAITING) {
            // the place from the center's shared read, unless that read is older than this ticket (just
            // transferred back to a line, not yet heard here): then no place, and the stream draws it in a moment
            tickets.follow(ticket).filter(f -> f.ticket().state() == TicketState.WAITING)
                    .ifPresent(f -> shown.put("waiting", Map.of("ahead", texts.ahead(f.ahead()), "wait", texts.estimate(f.estimate()))));
        } else if (ticket.sentHomeAtDayEnd()) {
            shown.put("dayEnded", texts.t("phone.dayEnded"));
        } else if (ticket.state() == TicketState.CALLED && ticket.counterId() != null) {
            catalog.counter(ticket.counterId()).ifPresent(counter ->
                    shown.put("goTo", texts.t("phone.goToCounter", Map.of("counter", counter.label()))));
        }
        if (ticket.state() == TicketState.CALLED) {
            // seen here: the SMS that would say the same is not sent
            messages.callSeen(request.link());
        }
        sms(model, ticket, request);
        feedback(model, ticket, request);
        model.put("live", texts.t("phone.live"));
        model.put("updated", texts.updated(clock.instant(), center.map(Center::timeZone).orElse(clock.getZone())));
        model.put("offline", texts.t("phone.offline"));
        if (!request.discreet()) {
            // next time, a booked time instead of the wait (the booking page names the center by its own name)
            center.ifPresent(c -> {
                model.put("book", "/book/" + c.code());
                model.put("bookLabel", texts.t("phone.bookNextTime"));
            });
        }
        return model;
    }

    private void sms(Map<String, Object> model, Ticket ticket, Request request) {
        PhoneTexts texts = request.texts();
        if ("stopped".equals(request.notice())) {
            model.put("stopped", texts.t("phone.sms.stopped"));
        }
        Optional<String> followedBy = messages.followedBy(request.link());
        if (followedBy.isPresent()) {
            model.put("following", texts.t("phone.sms.following", Map.of("number", followedBy.get())));
            model.put("stopAction", request.base() + "/sms/stop" + request.query());
            model.put("stopLabel", texts.t("phone.sms.stop"));
        } else if (ticket.state() == TicketState.WAITING && messages.offered()) {
            model.put("smsOffer", true);
            model.put("smsAction", request.base() + "/sms" + request.query());
            model.put("smsTitle", texts.t("phone.sms.title"));
            model.put("smsField", texts.t("phone.sms.field"));
            model.put("smsConsent", texts.t("phone.sms.consent"));
            model.put("smsButton", texts.t("phone.sms.button"));
            model.put("smsTyped", request.smsTyped() == null ? "" : request.smsTyped());
            model.put("smsError", request.smsError() == null ? "" : request.smsError());
        }
    }

    private void feedback(Map<String, Object> model, Ticket ticket, Request request) {
        if (ticket.state() != TicketState.DONE) {
            return;
        }
        PhoneTexts texts = request.texts();
        String notice = request.notice();
        if (notice != null && notice.startsWith("feedback.")) {
            model.put("feedbackAnswer", texts.t(notice));
            return;
        }
        FeedbackState state = feedbacks.stateOf(request.link());
        if (state instanceof FeedbackState.Given) {
            model.put("feedbackAnswer", texts.t("feedback.given"));
        } else if (state instanceof FeedbackState.Open) {
            model.put("feedback", feedbackForm(request));
        }
    }

    private static Map<String, Object> feedbackForm(Request request) {
        PhoneTexts texts = request.texts();
        FeedbackTyped typed = request.feedback();
        Map<String, Object> form = new HashMap<>();
        form.put("action", request.base() + "/feedback" + request.query());
        form.put("fromSms", request.fromSms());
        form.put("title", texts.t("feedback.title"));
        form.put("choose", typed == null ? "" : typed.error());
        List<Map<String, Object>> faces = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            faces.add(Map.of("score", score, "label", texts.t("feedback.face." + score), "colour", COLOURS[score - 1],
                    "mouth", MOUTHS[score - 1], "checked", typed != null && typed.score() == score));
        }
        form.put("faces", faces);
        form.put("reasonsLabel", texts.t("feedback.reasons"));
        form.put("reasons", java.util.Arrays.stream(FeedbackReason.values()).map(r -> Map.<String, Object>of("value", r.name(),
                "label", texts.t("feedback.reason." + r.name()), "checked", typed != null && typed.reasons().contains(r.name()))).toList());
        form.put("commentLabel", texts.t("feedback.comment"));
        form.put("commentNote", texts.t("feedback.commentNote"));
        form.put("comment", typed == null ? "" : typed.comment());
        form.put("send", texts.t("feedback.send"));
        return form;
    }
}
