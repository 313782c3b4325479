package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.schedule.BookingRule;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The messages a booking's life puts in the outbox: confirmations, reminders, and a freed earlier time. */
@IntegrationTest
class BookingMessagesTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);
    static final LocalTime TEN = LocalTime.of(10, 0);

    @Autowired Bookings bookings;
    @Autowired Messages messages;
    @Autowired ScheduleAdmin admin;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;

    @BeforeEach
    void aCenterOpenOnWeekdaysAWeekBefore() {
        clock.pin(MONDAY.minusDays(7).atTime(8, 0).atZone(CASABLANCA).toInstant());
        center = fixtures.center();
        service = fixtures.service('R');
        fixtures.jdbc().sql("UPDATE social_service SET service_minutes = 30 WHERE id = ?").param(service).update();
        fixtures.counters(center, 2, service);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        fixtures.openWeekdays(center);
        admin.setRule(center, service, new BookingRule(50, 30, 15));
        fixtures.signOut();
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aBookingMadeWithANumberIsConfirmedAndRemindedTheEveningBeforeAndTwoHoursBeforeInItsLanguage() {
        Booking booking = book(TEN, HubLanguage.FRENCH, phone());

        List<Row> rows = rows(booking);
        assertThat(rows).extracting(Row::kind).containsExactly("BOOKED", "REMINDER_DAY", "REMINDER_HOURS");
        assertThat(rows.get(0).body()).contains("02/05", "10:00", booking.code(), "/m/").doesNotContain("R ·");
        assertThat(rows.get(1).notBefore()).isEqualTo(MONDAY.minusDays(1).atTime(18, 0).atZone(CASABLANCA).toInstant());
        assertThat(rows.get(2).notBefore()).isEqualTo(MONDAY.atTime(8, 0).atZone(CASABLANCA).toInstant());
    }

    @Test
    void theMessagesLinkOpensOnlyTheBookingsDayAndItsStopWithdrawsTheReminders() {
        Booking booking = book(TEN, HubLanguage.FRENCH, phone());
        String token = fixtures.jdbc().sql("SELECT link_token FROM message_subscription WHERE booking_id = ?")
                .param(booking.id()).query(String.class).single();

        assertThat(messages.openLink(token)).hasValueSatisfying(link -> {
            assertThat(link.ticketLink()).isNull();
            assertThat(link.day()).isEqualTo(MONDAY);
            assertThat(link.stopped()).isFalse();
        });
        assertThat(rows(booking).getFirst().body()).contains("/m/" + token).doesNotContain(bookings.linkOf(booking));

        assertThat(messages.stopByToken(token)).isTrue();
        assertThat(rows(booking)).extracting(Row::state).containsOnly("CANCELLED");
        assertThat(messages.openLink(token)).hasValueSatisfying(link -> assertThat(link.stopped()).isTrue());
        assertThat(messages.openLink(token.substring(1) + "x")).isEmpty();
    }

    @Test
    void aBookingWithoutANumberSendsNothing() {
        Booking booking = book(TEN, HubLanguage.ARABIC, null);

        assertThat(rows(booking)).isEmpty();
    }

    @Test
    void aMovedBookingReplacesItsRemindersAndACancelledOneWithdrawsThem() {
        Booking booking = book(TEN, HubLanguage.ARABIC, phone());
        String link = bookings.linkOf(booking);

        assertThat(bookings.move(link, MONDAY, LocalTime.of(11, 0))).isInstanceOf(BookResult.Booked.class);
        assertThat(rows(booking)).extracting(r -> r.kind() + " " + r.state()).containsExactly(
                "BOOKED QUEUED", "REMINDER_DAY CANCELLED", "REMINDER_HOURS CANCELLED", "MOVED QUEUED",
                "REMINDER_DAY QUEUED", "REMINDER_HOURS QUEUED");
        assertThat(rows(booking).get(5).notBefore()).isEqualTo(MONDAY.atTime(9, 0).atZone(CASABLANCA).toInstant());

        bookings.cancel(link);
        assertThat(rows(booking)).extracting(r -> r.kind() + " " + r.state()).containsExactly(
                "BOOKED QUEUED", "REMINDER_DAY CANCELLED", "REMINDER_HOURS CANCELLED", "MOVED QUEUED",
                "REMINDER_DAY CANCELLED", "REMINDER_HOURS CANCELLED", "CANCELLED QUEUED");
    }

    @Test
    void whoSaysStopOnTheBookingPageGetsNothingMoreNotEvenWhatWasWaiting() {
        Booking booking = book(TEN, HubLanguage.ARABIC, phone());

        assertThat(bookings.stopReminders(bookings.linkOf(booking))).isPresent();
        bookings.cancel(bookings.linkOf(booking));

        assertThat(rows(booking)).extracting(Row::state).containsOnly("CANCELLED");
        assertThat(rows(booking)).extracting(Row::kind).doesNotContain("CANCELLED");
    }

    @Test
    void aFreedEarlierTimeIsToldToThoseWhoAskedFirstAskedFirstToldAndNotToOthers() {
        Booking freed = book(LocalTime.of(9, 0), HubLanguage.ARABIC, phone());
        Booking asked = book(TEN, HubLanguage.FRENCH, phone());
        Booking notAsked = book(LocalTime.of(11, 0), HubLanguage.FRENCH, phone());
        Booking earlierAlready = book(LocalTime.of(8, 30), HubLanguage.FRENCH, phone());
        bookings.wantEarlier(bookings.linkOf(asked), true);
        bookings.wantEarlier(bookings.linkOf(earlierAlready), true);

        bookings.cancel(bookings.linkOf(freed));

        assertThat(rows(asked)).filteredOn(r -> r.kind().equals("EARLIER_FREE")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("09:00"));
        assertThat(rows(notAsked)).extracting(Row::kind).doesNotContain("EARLIER_FREE");
        assertThat(rows(earlierAlready)).extracting(Row::kind).doesNotContain("EARLIER_FREE");
    }

    @Test
    void aBookingForThisVeryMorningGetsNoReminderThatWouldComeAfterIt() {
        clock.pin(MONDAY.atTime(7, 0).atZone(CASABLANCA).toInstant());
        Booking booking = book(LocalTime.of(8, 30), HubLanguage.ARABIC, phone());

        assertThat(rows(booking)).extracting(Row::kind).containsExactly("BOOKED");
    }

    @Test
    void aScriptBookingAndCancellingWithAStrangersNumberGetsAtMostTwelveMessagesToItADay() {
        String stranger = MessagesTest.mobile("06");
        for (int round = 0; round < 10; round++) {
            Booking booking = book(TEN, HubLanguage.FRENCH, stranger);
            bookings.move(bookings.linkOf(booking), MONDAY, LocalTime.of(11, 0));
            bookings.cancel(bookings.linkOf(booking));
        }

        int going = fixtures.jdbc().sql("""
                SELECT count(*) FROM message_outbox o JOIN message_subscription s ON s.id = o.subscription_id
                  JOIN booking b ON b.id = s.booking_id
                 WHERE b.center_id = ? AND o.state <> 'CANCELLED'
                """).param(center).query(Integer.class).single();
        assertThat(going).isEqualTo(12);
    }

    private Booking book(LocalTime at, HubLanguage language, String phone) {
        BookResult result = bookings.book(BookingRequest.publicPage(center, service, MONDAY, at, language, PriorityClass.STANDARD,
                phone, phone != null, null));
        assertThat(result).isInstanceOf(BookResult.Booked.class);
        return ((BookResult.Booked) result).booking();
    }

    private static String phone() {
        return MessagesTest.mobile("06");
    }

    record Row(String kind, String state, String body, Instant notBefore) {
    }

    private List<Row> rows(Booking booking) {
        return fixtures.jdbc().sql("""
                SELECT o.kind, o.state, o.body, o.not_before FROM message_outbox o
                  JOIN message_subscription s ON s.id = o.subscription_id
                 WHERE s.booking_id = ? ORDER BY o.id
                """).param(booking.id())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Timestamp.class).toInstant())).list();
    }
}
