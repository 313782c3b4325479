package ma.socialhub.counter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counter lists today's booked visits for its services, and calls a checked-in one at its time. */
class BookedTodayTest extends KaribuTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired Bookings bookings;
    @Autowired TestClock clock;
    @Autowired Tickets tickets;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void theAgentSeesWhoIsExpectedAndWhoHasArrivedAndCallsTheArrivedOneAtItsTime() {
        clock.pin(MONDAY.minusDays(1).atTime(12, 0).atZone(CASABLANCA).toInstant());
        long center = fixtures.center();
        long serviceA = fixtures.service('A');
        long serviceB = fixtures.service('B');
        fixtures.counter(center, "1", serviceA);
        fixtures.counter(center, "2", serviceB);
        fixtures.openWeekdays(center);
        Booking nine = book(center, serviceA, LocalTime.of(9, 0));
        book(center, serviceA, LocalTime.of(11, 0));
        book(center, serviceB, LocalTime.of(9, 0));
        clock.pin(MONDAY.atTime(8, 45).atZone(CASABLANCA).toInstant());
        bookings.checkInByCode(center, nine.code());

        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");
        chooseCounter("1");

        assertThat(_get(H2.class, s -> s.withText(t("counter.booked", "count", 2)))).isNotNull();
        assertThat(_find(Div.class, s -> s.withClasses("booked-row"))).extracting(row -> row.getChildren()
                .map(c -> ((Span) c).getText()).toList()).containsExactly(
                        List.of("09:00 · A", t("counter.booked.CHECKED_IN")), List.of("11:00 · A", t("counter.booked.BOOKED")));

        _click(_get(Button.class, s -> s.withText(t("counter.callNext"))));
        assertThat(_find(Isolated.class, s -> s.withClasses("current-number"))).as("not before 08:55").isEmpty();
        clock.pin(MONDAY.atTime(8, 55).atZone(CASABLANCA).toInstant());
        _click(_get(Button.class, s -> s.withText(t("counter.callNext"))));
        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-001");
    }

    @Test
    void withThePersonAtTheCounterTheAgentBooksTheirFollowUpVisitAndGetsTheCodeToHandOver() {
        clock.pin(MONDAY.atTime(9, 0).atZone(CASABLANCA).toInstant());
        long center = fixtures.center();
        long serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA);
        fixtures.openWeekdays(center);
        tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.ARABIC);
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");
        chooseCounter("1");
        _click(_get(Button.class, s -> s.withText(t("counter.callNext"))));
        _click(_get(Button.class, s -> s.withText(t("counter.receive"))));

        _click(_get(Button.class, s -> s.withClasses("counter-follow-up")));
        _click(_find(Button.class, s -> s.withClasses("day-choice")).get(1));
        _click(_get(Button.class, s -> s.withClasses("time-choice").withText("10:00")));

        String code = _get(Isolated.class, s -> s.withClasses("booking-code")).getText().replace(" ", "");
        assertThat(fixtures.jdbc().sql("SELECT channel || '|' || language || '|' || (booked_by IS NOT NULL) || '|' || start_time"
                + " FROM booking WHERE center_id = ? AND code = ?").params(center, code).query(String.class).single())
                .isEqualTo("COUNTER|ar|true|10:00:00");
    }

    private Booking book(long center, long service, LocalTime start) {
        return ((BookResult.Booked) bookings.book(BookingRequest.publicPage(center, service, MONDAY, start, HubLanguage.FRENCH,
                PriorityClass.STANDARD, null, false, null))).booking();
    }
}
