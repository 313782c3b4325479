package ma.socialhub.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.feedback.FeedbackComment;
import ma.socialhub.feedback.Satisfaction;

/**
 * A center's live board: every service it offers today, read at {@code at}; {@code day} and times
 * in the center's {@code zone}; today's appointments and what citizens said today, by service id;
 * the latest comments of the week (screened for personal data when they were kept).
 */
public record CenterBoard(long centerId, String code, LocalizedText name, LocalDate day, Instant at, ZoneId zone,
        List<ServiceLive> services, List<CounterAtWork> counters, Map<Long, AppointmentFigures> appointments,
        Map<Long, Satisfaction> satisfaction, List<FeedbackComment> comments) {

    public CenterBoard {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        appointments = Map.copyOf(appointments);
        satisfaction = Map.copyOf(satisfaction);
        comments = List.copyOf(comments);
    }
}
