package ma.socialhub.phone.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.feedback.FeedbackChannel;
import ma.socialhub.feedback.FeedbackReason;
import ma.socialhub.feedback.FeedbackResult;
import ma.socialhub.feedback.Feedbacks;
import ma.socialhub.messaging.MessageLink;
import ma.socialhub.messaging.Messages;
import ma.socialhub.messaging.SubscribeResult;
import ma.socialhub.messaging.SubscriptionSource;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The citizen's pages on their own phone (ADR 0028): the ticket's page, opened from its QR code
 * ({@code /t/<signed link>}), and a message's page ({@code /m/<token>}, which says less). Plain
 * HTML drawn here, live over Server-Sent Events, forms that work without a script; about 5 KB where
 * the Vaadin page was about 430 KB, since they run on people's prepaid data. No session and no
 * cookie: the unguessable link is the authority, so a form needs no CSRF token (a page elsewhere
 * cannot post to a link it does not know). Unknown, altered, forged and expired links all get the
 * same neutral page.
 */
@Controller
class PhonePages {

    private final Tickets tickets;
    private final Messages messages;
    private final Feedbacks feedbacks;
    private final TicketPage ticketPage;
    private final MessagePage messagePage;
    private final PhoneStreams streams;
    private final PhoneTemplate template;
    private final HubTranslations translations;
    private final PhoneGate gate;

    PhonePages(Tickets tickets, Messages messages, Feedbacks feedbacks, TicketPage ticketPage, MessagePage messagePage,
            PhoneStreams streams, PhoneTemplate template, HubTranslations translations, PhoneGate gate) {
        this.gate = gate;
        this.tickets = tickets;
        this.messages = messages;
        this.feedbacks = feedbacks;
        this.ticketPage = ticketPage;
        this.messagePage = messagePage;
        this.streams = streams;
        this.template = template;
        this.translations = translations;
    }

    /** What a path names: a ticket (by its link, discreetly from a message), a message's other page, or nothing. */
    private record Target(@Nullable Ticket ticket, String link, String base, boolean discreet, @Nullable MessageLink message,
            String token, HubLanguage language) {
    }

    private Target ticketTarget(String link, @Nullable String lang, HttpServletRequest request) {
        Optional<Ticket> ticket = tickets.byLink(link);
        return new Target(ticket.orElse(null), link, "/t/" + link, false, null, "",
                language(lang, ticket.map(Ticket::language).orElse(null), request));
    }

    private Target messageTarget(String token, @Nullable String lang, HttpServletRequest request) {
        Optional<MessageLink> opened = messages.openLink(token);
        HubLanguage language = language(lang, opened.map(MessageLink::language).orElse(null), request);
        if (opened.isPresent() && opened.get().ticketLink() != null) {
            String link = opened.get().ticketLink();
            return new Target(tickets.byLink(link).orElse(null), link, "/m/" + token, true, null, token, language);
        }
        return new Target(null, "", "/m/" + token, true, opened.orElse(null), token, language);
    }

    /** The language chosen on the page, else the ticket's or the message's, else the phone's, else Arabic. */
    private static HubLanguage language(@Nullable String chosen, @Nullable String own, HttpServletRequest request) {
        return HubLanguage.ofTag(chosen == null ? "" : chosen)
                .or(() -> HubLanguage.ofTag(own == null ? "" : own))
                .orElseGet(() -> phoneLanguage(request));
    }

    /** The first of the phone's languages the hub speaks; Arabic for a phone that names none of them. */
    private static HubLanguage phoneLanguage(HttpServletRequest request) {
        // without an Accept-Language the container answers with its own locale, which is not the phone's
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            for (Locale locale : java.util.Collections.list(request.getLocales())) {
                Optional<HubLanguage> spoken = HubLanguage.of(locale);
                if (spoken.isPresent()) {
                    return spoken.get();
                }
            }
        }
        return HubLanguage.ARABIC;
    }

    // ---- the ticket's page

    @GetMapping("/t/{link}")
    ResponseEntity<String> ticket(@PathVariable String link, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sms, @RequestParam(required = false) String done, HttpServletRequest request) {
        return gated(request, () -> page(ticketTarget(link, lang, request), sms != null, notice(done), null, null, null, HttpStatus.OK));
    }

    @GetMapping(path = "/t/{link}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> ticketEvents(@PathVariable String link, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String v, @RequestHeader(name = "Last-Event-ID", required = false) String last,
            HttpServletRequest request) {
        return gated(request, () -> events(ticketTarget(link, lang, request), last != null ? last : v));
    }

    @PostMapping("/t/{link}/sms")
    ResponseEntity<String> subscribe(@PathVariable String link, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sms, @RequestParam(defaultValue = "") String number, HttpServletRequest request) {
        return gated(request, () -> subscribe(ticketTarget(link, lang, request), sms != null, number));
    }

    @PostMapping("/t/{link}/sms/stop")
    ResponseEntity<String> stop(@PathVariable String link, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sms, HttpServletRequest request) {
        return gated(request, () -> stopTicketMessages(ticketTarget(link, lang, request), sms != null));
    }

    @PostMapping("/t/{link}/feedback")
    ResponseEntity<String> feedback(@PathVariable String link, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sms, @RequestParam(required = false) String score,
            @RequestParam(name = "reason", required = false) List<String> reasons, @RequestParam(defaultValue = "") String comment,
            HttpServletRequest request) {
        return gated(request, () -> feedback(ticketTarget(link, lang, request), sms != null, score, reasons, comment));
    }

    // ---- a message's page

    @GetMapping("/m/{token}")
    ResponseEntity<String> message(@PathVariable String token, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sms, @RequestParam(required = false) String done, HttpServletRequest request) {
        return gated(request, () -> page(messageTarget(token, lang, request), sms != null, notice(done), null, null, null, HttpStatus.OK));
    }

    @GetMapping(path = "/m/{token}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> messageEvents(@PathVariable String token, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String v, @RequestHeader(name = "Last-Event-ID", required = false) String last,
            HttpServletRequest request) {
        return gated(request, () -> events(messageTarget(token, lang, request), last != null ? last : v));
    }

    @PostMapping("/m/{token}/sms")
    ResponseEntity<String> subscribeFromMessage(@PathVariable String token, @RequestParam(required = false) String lang,
            @RequestParam(defaultValue = "") String number, HttpServletRequest request) {
        return gated(request, () -> subscribe(messageTarget(token, lang, request), false, number));
    }

    @PostMapping("/m/{token}/sms/stop")
    ResponseEntity<String> stopFromMessage(@PathVariable String token, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        return gated(request, () -> {
            Target target = messageTarget(token, lang, request);
            if (target.ticket() == null) {
                // a booking's or a referral's link: its own stop
                if (target.message() != null) {
                    messages.stopByToken(token);
                }
                return seeOther(target, false, "stopped");
            }
            return stopTicketMessages(target, false);
        });
    }

    @PostMapping("/m/{token}/feedback")
    ResponseEntity<String> feedbackFromMessage(@PathVariable String token, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String sms, @RequestParam(required = false) String score,
            @RequestParam(name = "reason", required = false) List<String> reasons, @RequestParam(defaultValue = "") String comment,
            HttpServletRequest request) {
        return gated(request, () -> feedback(messageTarget(token, lang, request), sms != null, score, reasons, comment));
    }

    // ---- shared

    /**
     * The request's work once its turn at the database comes ({@link PhoneGate}); in a burst that
     * lasts too long, "come back in a moment" (503) in the phone's language, and the page's script
     * waits before it tries again.
     */
    private <T> ResponseEntity<T> gated(HttpServletRequest request, Supplier<ResponseEntity<T>> work) {
        return gate.call(work).orElseGet(() -> busy(request));
    }

    @SuppressWarnings("unchecked")
    private <T> ResponseEntity<T> busy(HttpServletRequest request) {
        PhoneTexts texts = new PhoneTexts(translations, language(request.getParameter("lang"), null, request));
        return (ResponseEntity<T>) ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(texts.t("phone.busy"));
    }

    private static final Set<String> NOTICES = Set.of("stopped", "feedback.thanks", "feedback.already", "feedback.closed");

    /** What the last form did, said once on the page after it; nothing else is taken from the address. */
    private static @Nullable String notice(@Nullable String done) {
        return done != null && NOTICES.contains(done) ? done : null;
    }

    private ResponseEntity<String> page(Target target, boolean fromSms, @Nullable String notice, @Nullable String smsTyped,
            @Nullable String smsError, TicketPage.@Nullable FeedbackTyped typed, HttpStatus status) {
        PhoneTexts texts = new PhoneTexts(translations, target.language());
        Map<String, Object> model;
        HttpStatus answered = status;
        Ticket ticket = target.ticket();
        if (ticket != null) {
            model = ticketPage.model(ticket, new TicketPage.Request(target.link(), target.base(), target.discreet(), texts, fromSms,
                    notice, smsTyped, smsError, typed));
            if (PhoneStreams.live(ticket)) {
                // the page listens for changes, saying what it shows: a change made meanwhile is sent at once
                model.put("events", target.base() + "/events?lang=" + texts.language().tag() + "&v="
                        + PhoneStreams.idOf(tickets.follow(ticket)));
            }
            // where the script fetches the page again when its ticket changes (not the address of a form just sent)
            model.put("self", target.base() + "?lang=" + texts.language().tag() + (fromSms ? "&sms" : ""));
        } else if (target.message() != null) {
            model = messagePage.model(target.message(), target.base() + "/sms/stop?lang=" + texts.language().tag(), texts);
        } else if ("stopped".equals(notice)) {
            // a referral's link ends when its messages are stopped: the answer to the stop is all it says
            model = new HashMap<>();
            model.put("title", texts.t(target.discreet() ? "message.link.title" : "phone.title"));
            model.put("stopped", texts.t(target.discreet() ? "message.link.stopped" : "phone.sms.stopped"));
        } else {
            model = new HashMap<>();
            model.put("title", texts.t(target.discreet() ? "message.link.title" : "phone.title"));
            model.put("notFound", true);
            model.put("notFoundTitle", texts.t("phone.notFound.title"));
            model.put("notFoundText", texts.t("phone.notFound.text"));
            answered = HttpStatus.NOT_FOUND;
        }
        model.put("lang", texts.language().tag());
        model.put("dir", texts.language().isRightToLeft() ? "rtl" : "ltr");
        model.put("languageSwitch", texts.t("language.switch"));
        model.put("languages", languages(target, fromSms, texts.language()));
        return ResponseEntity.status(answered)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                // not kept on the phone: "back" after a stop must not show again what the page no longer says
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", template.contentSecurityPolicy())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(template.render(model));
    }

    private static List<Map<String, Object>> languages(Target target, boolean fromSms, HubLanguage shown) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (HubLanguage language : HubLanguage.values()) {
            links.add(Map.of("href", target.base() + "?lang=" + language.tag() + (fromSms ? "&sms" : ""), "tag", language.tag(),
                    "name", language.nativeName(), "current", language == shown));
        }
        return links;
    }

    private ResponseEntity<SseEmitter> events(Target target, @Nullable String shown) {
        Ticket ticket = target.ticket();
        if (ticket == null) {
            return ResponseEntity.notFound().build();
        }
        if (!PhoneStreams.live(ticket)) {
            // nothing more will change for it: "no content" tells a browser's EventSource not to come back
            return ResponseEntity.noContent().build();
        }
        SseEmitter emitter = streams.open(ticket, new PhoneTexts(translations, target.language()), shown == null ? "" : shown);
        if (emitter == null) {
            // this node holds all the streams it may (or is stopping): the page keeps what it shows and tries later
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").build();
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                // a proxy in front must pass each event on at once, not gather them
                .header("X-Accel-Buffering", "no").body(emitter);
    }

    private ResponseEntity<String> subscribe(Target target, boolean fromSms, String number) {
        if (target.ticket() == null) {
            return page(target, fromSms, null, null, null, null, HttpStatus.OK);
        }
        PhoneTexts texts = new PhoneTexts(translations, target.language());
        String typed = number.length() > 20 ? number.substring(0, 20) : number;
        return switch (messages.subscribe(target.link(), typed, SubscriptionSource.PHONE_PAGE)) {
            case SubscribeResult.Subscribed ok -> seeOther(target, fromSms, null);
            case SubscribeResult.NotWaiting over -> seeOther(target, fromSms, null);
            // what was typed stays, with what is wrong with it
            case SubscribeResult.PhoneInvalid invalid ->
                    page(target, fromSms, null, typed, texts.t("phone.sms.invalid"), null, HttpStatus.UNPROCESSABLE_CONTENT);
            case SubscribeResult.TooManyForNumber many ->
                    page(target, fromSms, null, typed, texts.t("phone.sms.tooMany"), null, HttpStatus.UNPROCESSABLE_CONTENT);
        };
    }

    private ResponseEntity<String> stopTicketMessages(Target target, boolean fromSms) {
        if (target.ticket() != null) {
            messages.stop(target.link());
        }
        return seeOther(target, fromSms, "stopped");
    }

    private ResponseEntity<String> feedback(Target target, boolean fromSms, @Nullable String score, @Nullable List<String> reasons,
            String comment) {
        if (target.ticket() == null) {
            return page(target, fromSms, null, null, null, null, HttpStatus.OK);
        }
        PhoneTexts texts = new PhoneTexts(translations, target.language());
        // a line break comes as two characters from a form, and counts as one in the box's limit
        String typed = comment.replace("\r\n", "\n");
        String kept = typed.length() > 500 ? typed.substring(0, 500) : typed;
        Set<String> chosen = reasons == null ? Set.of() : new HashSet<>(reasons);
        int value = score != null && score.matches("[1-5]") ? Integer.parseInt(score) : 0;
        Set<FeedbackReason> known = new HashSet<>();
        for (FeedbackReason reason : FeedbackReason.values()) {
            if (chosen.contains(reason.name())) {
                known.add(reason);
            }
        }
        if (value == 0 || known.size() != chosen.size()) {
            // nothing is lost: the reasons ticked and the comment typed come back with the question
            String why = value == 0 ? texts.t("feedback.chooseFace") : texts.t("feedback.invalid");
            return page(target, fromSms, null, null, null, new TicketPage.FeedbackTyped(value, chosen, kept, why),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
        FeedbackResult result = feedbacks.give(target.link(), value, known, typed,
                fromSms ? FeedbackChannel.SMS : FeedbackChannel.PHONE);
        return switch (result) {
            case FeedbackResult.Thanks thanks -> seeOther(target, fromSms, "feedback.thanks");
            case FeedbackResult.AlreadyGiven given -> seeOther(target, fromSms, "feedback.already");
            case FeedbackResult.NotOpen closed -> seeOther(target, fromSms, "feedback.closed");
            case FeedbackResult.Invalid invalid -> page(target, fromSms, null, null, null,
                    new TicketPage.FeedbackTyped(value, chosen, kept, texts.t("feedback.invalid")), HttpStatus.UNPROCESSABLE_CONTENT);
        };
    }

    /**
     * Any other address under the phone pages ({@code /t/x/y}, a made-up form): the same neutral
     * page, and never Vaadin's, which would open a session.
     */
    @org.springframework.web.bind.annotation.RequestMapping({"/t/**", "/m/**"})
    ResponseEntity<String> elsewhere(@RequestParam(required = false) String lang, HttpServletRequest request) {
        boolean message = request.getRequestURI().startsWith("/m/");
        return page(new Target(null, "", message ? "/m/" : "/t/", message, null, "", language(lang, null, request)), false, null, null,
                null, null, HttpStatus.NOT_FOUND);
    }

    /** After a form, the page again by GET (Post/Redirect/Get): reloading it sends nothing twice. */
    private static ResponseEntity<String> seeOther(Target target, boolean fromSms, @Nullable String notice) {
        String location = target.base() + "?lang=" + target.language().tag() + (fromSms ? "&sms" : "")
                + (notice == null ? "" : "&done=" + notice);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }
}
