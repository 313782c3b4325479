package ma.socialhub.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.QrCamera;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.BookingState;
import ma.socialhub.booking.CheckInResult;
import ma.socialhub.booking.Bookings;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Checking a booking in at the kiosk: the code on a number pad, and what the kiosk says outside the window. */
class KioskCheckInTest extends KaribuTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired Bookings bookings;
    @Autowired Tickets tickets;
    @Autowired TestClock clock;

    long center;
    long service;
    Booking booking;

    @BeforeEach
    void aBookingAtTenOnMonday() {
        clock.pin(MONDAY.minusDays(3).atTime(12, 0).atZone(CASABLANCA).toInstant());
        center = fixtures.center();
        service = fixtures.service('A');
        fixtures.counters(center, 2, service);
        fixtures.openWeekdays(center);
        booking = ((BookResult.Booked) bookings.book(BookingRequest.publicPage(center, service, MONDAY, LocalTime.of(10, 0),
                HubLanguage.FRENCH, PriorityClass.STANDARD, null, false, null))).booking();
        KioskCredential.remember(fixtures.kiosk(center));
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void twoTapsAndTheCodeMakeATicketDueAtTheBookedTime() {
        clock.pin(booking.startsAt().minus(Duration.ofMinutes(20)));
        openAppointmentPad();

        type(booking.code());

        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("ticket-due")).getText())
                .isEqualTo("Rendez-vous à 10:00 : vous serez appelé(e) à partir de 09:55");
        assertThat(bookings.byLink(bookings.linkOf(booking)).orElseThrow().state()).isEqualTo(BookingState.CHECKED_IN);
    }

    @Test
    void tooEarlyTheKioskSaysWhenToComeBackAndMakesNoTicket() {
        clock.pin(booking.startsAt().minus(Duration.ofMinutes(50)));
        openAppointmentPad();

        type(booking.code());

        assertThat(_get(H2.class, s -> s.withClasses("appointment-message")).getText())
                .isEqualTo("C'est encore trop tôt. Revenez à 09:30 pour signaler votre arrivée.");
        assertThat(tickets.waitingCounts(center)).isEmpty();
    }

    @Test
    void tooLateTheKioskOffersAWalkInTicketForTheSameServiceInOneTap() {
        clock.pin(booking.checkInUntil().plusSeconds(1));
        openAppointmentPad();
        type(booking.code());
        assertThat(_get(H2.class, s -> s.withClasses("appointment-message")).getText()).isEqualTo(t("kiosk.appointment.tooLate"));

        _click(_get(Button.class, s -> s.withClasses("walk-in-tile")));

        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("A-001");
        assertThat(_find(Span.class, s -> s.withClasses("ticket-due"))).isEmpty();
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText()).isEqualTo(t("kiosk.ticket.nobodyAhead"));
    }

    @Test
    void aWrongCodeIsSaidAndTheTenthWrongCodeInAMinuteStopsEvenTheRightOne() {
        clock.pin(booking.startsAt());
        openAppointmentPad();
        String wrong = booking.code().equals("000000") ? "111111" : "000000";
        type(wrong);
        NotificationsKt.expectNotifications(t("kiosk.appointment.unknown"));

        for (int i = 1; i < 10; i++) {
            type(wrong);
        }
        type(booking.code());
        assertThat(_find(Isolated.class, s -> s.withClasses("ticket-number"))).isEmpty();

        clock.pin(booking.startsAt().plus(Duration.ofSeconds(61)));
        type(booking.code());
        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("A-001");
    }

    @Test
    void nearClosingTheKioskGivesNoTicketThatWouldNotBeServedAndBooksTheFirstFreeTimeInOneTap() {
        clock.pin(MONDAY.atTime(16, 25).atZone(CASABLANCA).toInstant());
        tickets.issue(center, service, PriorityClass.STANDARD, HubLanguage.FRENCH);
        UI.getCurrent().navigate("kiosk/" + fixtures.code(center));
        _click(_get(Button.class, s -> s.withClasses("language-tile").withPredicate(b -> b.getAriaLabel().orElse("").equals("Français"))));
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).isEmpty();

        _click(_get(Button.class, s -> s.withClasses("day-over-tile")));
        assertThat(_get(H2.class, s -> s.withClasses("appointment-message")).getText()).isEqualTo(t("kiosk.dayOver.closing"));
        _click(_get(Button.class, s -> s.withClasses("book-next-tile")));

        String code = _get(Isolated.class, s -> s.withClasses("booking-code")).getText().replace(" ", "");
        assertThat(_get(Span.class, s -> s.withClasses("booking-when")).getText()).isEqualTo("mardi 3 mai · 08:30");
        assertThat(_find(Anchor.class)).as("a kiosk never leaves its own screen").isEmpty();
        assertThat(bookings.checkInByCode(center, code)).as("tomorrow's, not today's").isInstanceOf(CheckInResult.TooEarly.class);
        assertThat(tickets.waitingCounts(center)).containsEntry(service, 1);
    }

    @Test
    void theBookingsQrCodeShownToTheCameraChecksItInAndAnotherCentersDoesNot() {
        long elsewhere = fixtures.center();
        fixtures.counter(elsewhere, "1", service);
        fixtures.openWeekdays(elsewhere);
        Booking theirs = ((BookResult.Booked) bookings.book(BookingRequest.publicPage(elsewhere, service, MONDAY, LocalTime.of(10, 0),
                HubLanguage.FRENCH, PriorityClass.STANDARD, null, false, null))).booking();
        clock.pin(booking.startsAt().minus(Duration.ofMinutes(10)));
        openAppointmentPad();
        _click(_get(Button.class, s -> s.withClasses("kiosk-scan")));

        _get(QrCamera.class).scanned("https://hub.example/b/" + bookings.linkOf(theirs));
        NotificationsKt.expectNotifications(t("kiosk.appointment.unknown"));
        assertThat(bookings.byLink(bookings.linkOf(theirs)).orElseThrow().state()).isEqualTo(BookingState.BOOKED);

        _click(_get(Button.class, s -> s.withClasses("kiosk-scan")));
        _get(QrCamera.class).scanned("https://hub.example/b/" + bookings.linkOf(booking));
        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("A-001");
    }

    private void openAppointmentPad() {
        UI.getCurrent().navigate("kiosk/" + fixtures.code(center));
        _click(_get(Button.class, s -> s.withClasses("language-tile").withPredicate(b -> b.getAriaLabel().orElse("").equals("Français"))));
        _click(_get(Button.class, s -> s.withClasses("appointment-tile")));
    }

    private static void type(String code) {
        for (char digit : code.toCharArray()) {
            _click(_get(Button.class, s -> s.withClasses("code-key").withText(String.valueOf(digit))));
        }
    }
}
