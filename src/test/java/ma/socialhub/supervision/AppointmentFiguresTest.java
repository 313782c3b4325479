package ma.socialhub.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.CheckInResult;
import ma.socialhub.staff.Scope;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.CallResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Supervision's appointment figures: booked, checked in, missed, cancelled, called on time — live and over a range. */
@IntegrationTest
class AppointmentFiguresTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired Bookings bookings;
    @Autowired Tickets tickets;
    @Autowired Trends trends;
    @Autowired Supervision supervision;
    @Autowired Reports reports;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void aDayOfBookingsIsCountedOnceEachWhereverItWentAndTheBoardShowsItLive() throws Exception {
        clock.pin(MONDAY.minusDays(3).atTime(12, 0).atZone(CASABLANCA).toInstant());
        long center = fixtures.center();
        long service = fixtures.service('A');
        long counter = fixtures.counter(center, "1", service);
        fixtures.counter(center, "2", service);
        fixtures.openWeekdays(center);
        Booking onTime = book(center, service, LocalTime.of(9, 0));
        Booking late = book(center, service, LocalTime.of(9, 30));
        Booking missed = book(center, service, LocalTime.of(10, 0));
        Booking cancelled = book(center, service, LocalTime.of(10, 30));
        Booking moved = book(center, service, LocalTime.of(11, 0));
        bookings.cancel(bookings.linkOf(cancelled));
        // moved to the next day: it counts there, not here
        bookings.move(bookings.linkOf(moved), MONDAY.plusDays(1), LocalTime.of(9, 0));

        at(LocalTime.of(8, 45));
        assertThat(bookings.checkInByCode(center, onTime.code())).isInstanceOf(CheckInResult.CheckedIn.class);
        fixtures.signIn(fixtures.agent(center));
        at(LocalTime.of(9, 5));
        tickets.finish(((CallResult.Called) tickets.callNext(counter)).ticket().id(), counter);
        at(LocalTime.of(9, 10));
        assertThat(bookings.checkInByCode(center, late.code())).isInstanceOf(CheckInResult.CheckedIn.class);
        at(LocalTime.of(9, 50));
        tickets.finish(((CallResult.Called) tickets.callNext(counter)).ticket().id(), counter);
        at(LocalTime.of(10, 16));
        bookings.checkInByCode(center, missed.code());
        fixtures.signOut();
        sweep();

        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        TrendReport report = trends.report(new Scope(Scope.Level.CENTER, center, null), MONDAY, MONDAY);
        assertThat(report.appointmentServices()).singleElement().satisfies(a -> {
            assertThat(a.booked()).isEqualTo(4);
            assertThat(a.checkedIn()).isEqualTo(2);
            assertThat(a.noShows()).isEqualTo(1);
            assertThat(a.cancelled()).isEqualTo(1);
            assertThat(a.noShowRate()).isEqualTo(1 / 3.0);
            assertThat(a.called()).isEqualTo(2);
            // 9:00 called at 9:05: on time; 9:30 called at 9:50: late
            assertThat(a.onTime()).isEqualTo(1);
            assertThat(a.onTimeRate()).isEqualTo(0.5);
        });
        assertThat(trends.report(new Scope(Scope.Level.CENTER, center, null), MONDAY.plusDays(1), MONDAY.plusDays(1))
                .appointmentServices()).singleElement().satisfies(a -> assertThat(a.booked()).isEqualTo(1));
        assertThat(supervision.board(fixtures.code(center)).orElseThrow().appointments().get(service).checkedIn()).isEqualTo(2);
        assertThat(recount(center)).isEqualTo("4|2|1|1");

        byte[] pdf = reports.monthly(new Scope(Scope.Level.CENTER, center, null), YearMonth.of(2033, 5), HubLanguage.FRENCH, p -> { })
                .get(2, TimeUnit.MINUTES);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder pages = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        String text = pages.toString();
        // the month holds the moved booking too: 5 booked, 2 checked in, 1 missed of 4 not cancelled, 1 of 2 called on time
        assertThat(text).contains("Rendez-vous").containsPattern("A · Service A\\s*5\\s*2\\s*25[\\s\\u00A0\\u202F]*%\\s*50[\\s\\u00A0\\u202F]*%\\s*1");
    }

    /** The same figures counted from the bookings themselves, as an auditor would. */
    private String recount(long center) {
        return fixtures.jdbc().sql("""
                SELECT count(*) || '|' || count(*) FILTER (WHERE state = 'CHECKED_IN') || '|' || count(*) FILTER (WHERE state = 'NO_SHOW')
                       || '|' || count(*) FILTER (WHERE state = 'CANCELLED')
                  FROM booking WHERE center_id = ? AND day = ?
                """).params(center, MONDAY).query(String.class).single();
    }

    private void sweep() {
        at(LocalTime.of(11, 0));
        fixtures.jdbc().sql("UPDATE booking SET state = 'NO_SHOW', no_show_at = now() WHERE state = 'BOOKED' AND check_in_until < ?")
                .param(java.sql.Timestamp.from(clock.instant())).update();
    }

    private Booking book(long center, long service, LocalTime start) {
        return ((BookResult.Booked) bookings.book(BookingRequest.publicPage(center, service, MONDAY, start, HubLanguage.FRENCH,
                PriorityClass.STANDARD, null, false, null))).booking();
    }

    private void at(LocalTime time) {
        clock.pin(MONDAY.atTime(time).atZone(CASABLANCA).toInstant());
    }
}
