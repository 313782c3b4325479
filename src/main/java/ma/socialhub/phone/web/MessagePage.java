package ma.socialhub.phone.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import ma.socialhub.messaging.MessageLink;
import ma.socialhub.messaging.Messages;
import ma.socialhub.referral.ReferralForPerson;
import org.springframework.stereotype.Component;

/**
 * A message's link that is not a ticket's: a booking's day, or a referral as its person may read
 * it — where it stands and, once the partner accepted, when and where to go, never to whom —
 * with the stop. Messages stay in a phone's history, where someone else may read them.
 */
@Component
class MessagePage {

    private final Messages messages;

    MessagePage(Messages messages) {
        this.messages = messages;
    }

    Map<String, Object> model(MessageLink opened, String stopAction, PhoneTexts texts) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", texts.t("message.link.title"));
        model.put("discreet", true);
        String center = messages.centerName(opened.centerId(), texts.language());
        ReferralForPerson referral = opened.referral();
        if (referral != null) {
            // stopped: the link tells nothing more of where and when she is expected
            model.put("referral", opened.stopped() ? Map.of("center", center) : referral(referral, center, texts));
        } else {
            model.put("booking", Map.of("center", center, "booking", texts.t("message.link.booking", Map.of("day",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(texts.language().locale()).format(opened.day())))));
        }
        if (opened.stopped()) {
            model.put("stopped", texts.t("message.link.stopped"));
        } else {
            model.put("stopAction", stopAction);
            model.put("stopLabel", texts.t("phone.sms.stop"));
        }
        return model;
    }

    private static Map<String, Object> referral(ReferralForPerson referral, String center, PhoneTexts texts) {
        Map<String, Object> shown = new HashMap<>();
        shown.put("center", center);
        String stage = switch (referral.status()) {
            case PROPOSED, SENT -> "WAITING";
            case ACCEPTED -> "ACCEPTED";
            case IN_ACCOMPANIMENT -> "STARTED";
            case DECLINED -> "DECLINED";
            case COMPLETED, DROPPED -> "CLOSED";
        };
        shown.put("stage", texts.t("message.link.referral." + stage));
        if (!stage.equals("ACCEPTED") && !stage.equals("STARTED")) {
            return shown;
        }
        Instant at = referral.firstAppointmentAt();
        shown.put("appointment", at == null ? texts.t("message.link.referral.noAppointment")
                : texts.t("message.link.referral.appointment", Map.of(
                        "day", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(texts.language().locale())
                                .format(at.atZone(referral.zone())),
                        "time", PhoneTexts.TIME.format(at.atZone(referral.zone())))));
        if (referral.address().isBlank() && referral.phone().isBlank()) {
            shown.put("address", texts.t("message.link.referral.whereAtCenter"));
        }
        if (!referral.address().isBlank()) {
            shown.put("address", texts.t("message.link.referral.address", Map.of("address", referral.address())));
        }
        if (!referral.phone().isBlank()) {
            // the number stays left to right inside an Arabic line (its "+" would jump to the other end)
            shown.put("phone", referral.phone());
            shown.put("phoneHref", "tel:" + referral.phone().replaceAll("[^+0-9]", ""));
            shown.put("phoneLabel", texts.t("message.link.referral.phone"));
        }
        return shown;
    }
}
