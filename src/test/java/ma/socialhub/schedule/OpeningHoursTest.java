package ma.socialhub.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.security.Roles;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** When a center is open and what of it can be booked: weekly hours, holidays, Ramadan, capacity. */
@IntegrationTest
class OpeningHoursTest {

    /** A Monday far ahead, so that no other test's day is touched by a national holiday made here. */
    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @Autowired OpeningHours hours;
    @Autowired ScheduleAdmin admin;
    @Autowired Fixtures fixtures;

    long center;
    long service;

    @BeforeEach
    void aCenterOpenOnWeekdaysWithALunchBreak() {
        center = fixtures.center();
        // a service of its own: 30 minutes a visit
        service = fixtures.service('X');
        fixtures.jdbc().sql("UPDATE social_service SET service_minutes = 30 WHERE id = ?").param(service).update();
        fixtures.counters(center, 2, service);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        List<OpenSpan> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new OpenSpan(day, LocalTime.of(8, 30), LocalTime.of(12, 30)));
            week.add(new OpenSpan(day, LocalTime.of(14, 0), LocalTime.of(16, 15)));
        }
        assertThat(admin.setWeekly(center, null, week)).isInstanceOf(AdminResult.Done.class);
    }

    @AfterEach
    void signOut() {
        fixtures.jdbc().sql("DELETE FROM opening_period WHERE center_id IS NULL AND first_day >= ?").param(MONDAY.minusDays(7)).update();
        fixtures.signOut();
    }

    @Test
    void slotsFillEachStretchWholeAndNoneCrossesLunchOrClosing() {
        List<LocalTime> starts = hours.slots(center, service, MONDAY).stream().map(Slot::start).toList();

        assertThat(starts).containsExactly(LocalTime.of(8, 30), LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0),
                LocalTime.of(10, 30), LocalTime.of(11, 0), LocalTime.of(11, 30), LocalTime.of(12, 0),
                LocalTime.of(14, 0), LocalTime.of(14, 30), LocalTime.of(15, 0), LocalTime.of(15, 30));
        assertThat(hours.slots(center, service, MONDAY.plusDays(5))).as("a Saturday").isEmpty();
    }

    @Test
    void theShareKeptForWalkInsSetsEachSlotsCapacityWithFractionsCarried() {
        // two counters, 25 % kept for walk-ins: 1.5 people a slot
        assertThat(admin.setRule(center, service, new BookingRule(25, 30, 15))).isInstanceOf(AdminResult.Done.class);
        assertThat(hours.slots(center, service, MONDAY).stream().limit(4).map(Slot::capacity)).containsExactly(1, 2, 1, 2);
        assertThat(hours.slots(center, service, MONDAY).stream().mapToInt(Slot::capacity).sum()).isEqualTo(18);

        admin.setRule(center, service, new BookingRule(100, 30, 15));
        assertThat(hours.slots(center, service, MONDAY)).allSatisfy(slot -> assertThat(slot.capacity()).isZero());
    }

    @Test
    void aServicesOwnHoursReplaceTheCentersForItAlone() {
        long other = fixtures.service('Y');
        fixtures.counter(center, "9", other);
        admin.setWeekly(center, service, List.of(new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0))));

        assertThat(hours.on(center, service, MONDAY)).containsExactly(new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));
        assertThat(hours.on(center, other, MONDAY)).hasSize(2);
    }

    @Test
    void aNationalHolidayClosesEveryCenterAndSaysWhy() {
        long elsewhere = fixtures.center();
        admin.setWeekly(elsewhere, null, List.of(new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(16, 30))));

        AdminResult saved = admin.savePeriod(new OpeningPeriod(null, 0, null, MONDAY, MONDAY, "Aïd al-Fitr", List.of()));

        assertThat(saved).isInstanceOf(AdminResult.Done.class);
        assertThat(hours.slots(center, service, MONDAY)).isEmpty();
        assertThat(hours.on(elsewhere, service, MONDAY)).isEmpty();
        assertThat(hours.closedFor(center, MONDAY)).hasValue("Aïd al-Fitr");
        assertThat(hours.slots(center, service, MONDAY.plusDays(1))).hasSize(12);
    }

    @Test
    void ramadanHoursReplaceTheWeekOnlyWithinTheirDatesAndACentersOwnPeriodComesFirst() {
        List<OpenSpan> ramadan = List.of(new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(15, 0)),
                new OpenSpan(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(15, 0)));
        admin.savePeriod(new OpeningPeriod(null, 0, center, MONDAY, MONDAY.plusDays(29), "Ramadan", ramadan));
        admin.savePeriod(new OpeningPeriod(null, 0, null, MONDAY, MONDAY.plusDays(1), "Fermeture nationale", List.of()));

        assertThat(hours.on(center, service, MONDAY)).containsExactly(ramadan.getFirst());
        assertThat(hours.slots(center, service, MONDAY)).hasSize(12);
        assertThat(hours.on(center, service, MONDAY.plusDays(2))).as("a Wednesday of Ramadan without hours").isEmpty();
        assertThat(hours.on(center, service, MONDAY.plusDays(35))).hasSize(2);
    }

    @Test
    void aSlotAtTenStaysAtTenOnTheCentersClockWhenMoroccoChangesItsOffset() {
        ZoneId morocco = fixtures.jdbc().sql("SELECT time_zone FROM center WHERE id = ?").param(center).query(String.class).single()
                .transform(ZoneId::of);
        // one Monday on each side of a change of offset, found in the zone's own rules
        LocalDate first = MONDAY;
        LocalDate second = first.plusWeeks(1);
        while (offset(morocco, second).equals(offset(morocco, first))) {
            second = second.plusWeeks(1);
        }
        Slot before = tenOClock(first);
        Slot after = tenOClock(second);

        assertThat(before.start()).isEqualTo(after.start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(before.at()).isEqualTo(first.atTime(10, 0).toInstant(offset(morocco, first)));
        assertThat(after.at()).isEqualTo(second.atTime(10, 0).toInstant(offset(morocco, second)));
        assertThat(Duration.between(before.at(), after.at()))
                .isNotEqualTo(Duration.ofDays(ChronoUnit.DAYS.between(first, second)));
    }

    @Test
    void wrongHoursAreRefusedWholeAndNothingIsSaved() {
        List<OpenSpan> before = admin.weekly(center, null);

        assertThat(admin.setWeekly(center, null, List.of(new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(8, 0)))))
                .isEqualTo(new AdminResult.Invalid(Map.of("hours", "schedule.error.closesBeforeOpens")));
        assertThat(admin.setWeekly(center, null, List.of(new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpenSpan(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)))))
                .isEqualTo(new AdminResult.Invalid(Map.of("hours", "schedule.error.overlap")));
        assertThat(admin.savePeriod(new OpeningPeriod(null, 0, center, MONDAY, MONDAY.minusDays(1), " ", List.of())))
                .isEqualTo(new AdminResult.Invalid(Map.of("lastDay", "schedule.error.lastBeforeFirst", "reason", "schedule.error.reason")));
        assertThat(admin.savePeriod(new OpeningPeriod(null, 0, center, MONDAY, MONDAY.plusYears(36), "Fête", List.of())))
                .isEqualTo(new AdminResult.Invalid(Map.of("lastDay", "schedule.error.tooLong")));
        assertThat(admin.setRule(center, service, new BookingRule(120, 30, 15)))
                .isEqualTo(new AdminResult.Invalid(Map.of("walkInPercent", "schedule.error.share")));
        assertThat(admin.weekly(center, null)).isEqualTo(before);
    }

    @Test
    void aPeriodChangedMeanwhileIsAConflictAndOnlyAnAdministratorChangesHours() {
        long id = ((AdminResult.Done) admin.savePeriod(new OpeningPeriod(null, 0, center, MONDAY, MONDAY, "Grève", List.of()))).id();
        assertThat(admin.savePeriod(new OpeningPeriod(id, 0, center, MONDAY, MONDAY, "Grève (reportée)", List.of())))
                .isInstanceOf(AdminResult.Done.class);
        assertThat(admin.savePeriod(new OpeningPeriod(id, 0, center, MONDAY, MONDAY.plusDays(1), "Grève", List.of())))
                .isEqualTo(new AdminResult.Conflict());

        fixtures.signIn(fixtures.agent(center));
        assertThatThrownBy(() -> admin.setWeekly(center, null, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.removePeriod(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(hours.closedFor(center, MONDAY)).hasValue("Grève (reportée)");
    }

    private Slot tenOClock(LocalDate day) {
        return hours.slots(center, service, day).stream().filter(s -> s.start().equals(LocalTime.of(10, 0))).findFirst().orElseThrow();
    }

    private static ZoneOffset offset(ZoneId zone, LocalDate day) {
        return zone.getRules().getOffset(day.atTime(10, 0));
    }
}
