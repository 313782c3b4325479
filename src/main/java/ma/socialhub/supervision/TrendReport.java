package ma.socialhub.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ma.socialhub.staff.Scope;
import ma.socialhub.visit.VisitOutcome;

/**
 * What an area did over a date range: tickets taken by weekday and hour ({@code heat[0]} is
 * Monday, {@code heat[d][h]} the hour starting at h), each service's and each center's demand and waits, how visits
 * ended, the referrals made by partner and status, the tickets of each day, the appointments per
 * service and per center, and what citizens said of them (feedback) per service and per center.
 */
public record TrendReport(Scope area, LocalDate from, LocalDate to, int[][] heat, List<ServiceTrend> services,
        List<CenterTrend> centers, Map<VisitOutcome, Integer> outcomes, List<PartnerReferrals> referrals, List<DayCount> days,
        List<AppointmentFigures> appointmentServices, List<AppointmentFigures> appointmentCenters,
        List<SatisfactionFigures> satisfactionServices, List<SatisfactionFigures> satisfactionCenters) {

    public record DayCount(LocalDate day, int issued, int served) {
    }

    public TrendReport {
        heat = Arrays.stream(heat).map(int[]::clone).toArray(int[][]::new);
        services = List.copyOf(services);
        centers = List.copyOf(centers);
        outcomes = Map.copyOf(outcomes);
        referrals = List.copyOf(referrals);
        days = List.copyOf(days);
        appointmentServices = List.copyOf(appointmentServices);
        appointmentCenters = List.copyOf(appointmentCenters);
        satisfactionServices = List.copyOf(satisfactionServices);
        satisfactionCenters = List.copyOf(satisfactionCenters);
    }

    /** For the nation, {@link #centers}, the appointments and the answers per center are per region. */
    public boolean byRegion() {
        return area.level() == Scope.Level.NATION;
    }

    /** The i18n key of what {@link #centers} holds: centers, or regions for the nation. */
    public String placeKey() {
        return byRegion() ? "programs.region" : "supervision.center";
    }

    public int issued() {
        return services.stream().mapToInt(ServiceTrend::issued).sum();
    }

    public int heatAt(int weekday, int hour) {
        return heat[weekday][hour];
    }
}
