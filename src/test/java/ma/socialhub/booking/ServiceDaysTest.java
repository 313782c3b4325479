package ma.socialhub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Open, closing, closed: when a kiosk still gives a walk-in ticket for a service. */
@IntegrationTest
class ServiceDaysTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired ServiceDays days;
    @Autowired Tickets tickets;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;

    @BeforeEach
    void aCenterWithOneOpenCounterAndTenMinuteVisits() {
        center = fixtures.center();
        service = fixtures.service('A');
        fixtures.jdbc().sql("UPDATE social_service SET service_minutes = 10 WHERE id = ?").param(service).update();
        fixtures.counter(center, "1", service);
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aCenterThatKeepsNoHoursIsAlwaysOpen() {
        at(MONDAY.plusDays(6), LocalTime.of(23, 0));
        assertThat(days.of(center, service)).isEqualTo(new DayState.Open());
    }

    @Test
    void beforeOpeningAndDuringHoursItIsOpenAfterClosingAndAtTheWeekendItIsClosedWithTheNextFreeTime() {
        fixtures.openWeekdays(center);
        at(MONDAY, LocalTime.of(7, 45));
        assertThat(days.of(center, service)).as("people queue before the doors open").isEqualTo(new DayState.Open());
        at(MONDAY, LocalTime.of(11, 0));
        assertThat(days.of(center, service)).isEqualTo(new DayState.Open());

        at(MONDAY, LocalTime.of(16, 30));
        assertThat(days.of(center, service)).isInstanceOfSatisfying(DayState.Closed.class, closed -> {
            assertThat(closed.holiday()).isEmpty();
        });
        assertThat(days.nextFree(center, service)).map(FreeSlot::day).contains(MONDAY.plusDays(1));
        // one counter, half kept for walk-ins: half a place a slot, the first whole one at 08:40
        assertThat(days.nextFree(center, service)).map(FreeSlot::start).contains(LocalTime.of(8, 40));
        at(MONDAY.plusDays(5), LocalTime.of(10, 0));
        assertThat(days.of(center, service)).isInstanceOf(DayState.Closed.class);
    }

    @Test
    void itIsClosingOnceATicketTakenNowWouldWaitPastTheEndOfTheDay() {
        fixtures.openWeekdays(center);
        at(MONDAY, LocalTime.of(15, 55));
        for (int i = 0; i < 3; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        }
        // (3 waiting + ½) × 10 minutes ÷ 1 counter = 35 minutes, 35 left
        assertThat(days.of(center, service)).isEqualTo(new DayState.Open());

        at(MONDAY, LocalTime.of(15, 56));
        assertThat(days.of(center, service)).isEqualTo(new DayState.Closing());
        assertThat(days.nextFree(center, service)).as("from tomorrow, though times are free later today")
                .map(FreeSlot::day).contains(MONDAY.plusDays(1));
    }

    @Test
    void theLunchBreakIsNotCountedAsTimeLostForTheAfternoon() {
        for (int weekday = 1; weekday <= 5; weekday++) {
            fixtures.jdbc().sql("""
                    INSERT INTO opening_hours (center_id, weekday, opens, closes)
                    VALUES (?, ?, '08:30', '12:30'), (?, ?, '14:00', '16:30')
                    """).params(center, weekday, center, weekday).update();
        }
        at(MONDAY, LocalTime.of(12, 20));
        for (int i = 0; i < 3; i++) {
            tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        }
        assertThat(days.of(center, service)).as("35 minutes: 10 before lunch, the rest after it").isEqualTo(new DayState.Open());
    }

    @Test
    void aHolidayClosesTheWholeCenterWithItsReason() {
        fixtures.openWeekdays(center);
        fixtures.jdbc().sql("INSERT INTO opening_period (center_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Aïd al-Fitr')")
                .params(center, MONDAY, MONDAY).update();
        at(MONDAY, LocalTime.of(10, 0));

        assertThat(days.holidayToday(center)).contains("Aïd al-Fitr");
        assertThat(days.of(center, service)).isInstanceOfSatisfying(DayState.Closed.class,
                closed -> assertThat(closed.holiday()).isEqualTo(Optional.of("Aïd al-Fitr")));
    }

    private void at(LocalDate day, LocalTime time) {
        clock.pin(day.atTime(time).atZone(CASABLANCA).toInstant());
    }
}
