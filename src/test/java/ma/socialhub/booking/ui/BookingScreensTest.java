package ma.socialhub.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.booking.Booking;
import ma.socialhub.booking.BookingState;
import ma.socialhub.booking.Bookings;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public booking page and a booking's own page, as a citizen uses them on a phone. */
class BookingScreensTest extends KaribuTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /** A Monday far ahead. */
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);

    @Autowired Bookings bookings;
    @Autowired Tickets tickets;
    @Autowired TestClock clock;

    long center;
    String code;

    @BeforeEach
    void aCenterOpenOnWeekdays() {
        clock.pin(MONDAY.atTime(8, 0).atZone(CASABLANCA).toInstant());
        center = fixtures.center();
        code = fixtures.code(center);
        fixtures.counters(center, 2, fixtures.service('A'));
        fixtures.openWeekdays(center);
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aServiceADayATimeAndANumberWithConsentGiveACodeAndTheBookingsPage() {
        String phone = "0661" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        UI.getCurrent().navigate("book/" + code);
        assertThat(_get(H1.class).getText()).isEqualTo("Prendre rendez-vous");

        _click(_get(Button.class, s -> s.withClasses("service-choice").withText("Service A")));
        _click(_get(Button.class, s -> s.withClasses("day-choice").withText("lundi 2 mai")));
        _click(_get(Button.class, s -> s.withClasses("time-choice").withText("10:00")));
        _get(TextField.class, s -> s.withClasses("booking-phone")).setValue(phone);
        _get(Checkbox.class, s -> s.withClasses("booking-consent")).setValue(true);
        _click(_get(Button.class, s -> s.withClasses("booking-confirm")));

        String shownCode = _get(Isolated.class, s -> s.withClasses("booking-code")).getText();
        assertThat(shownCode).matches("[0-9]{3} [0-9]{3}");
        assertThat(_get(Span.class, s -> s.withClasses("booking-when")).getText()).contains("lundi 2 mai").contains("10:00");
        String qr = _get(Image.class, s -> s.withClasses("qr-code")).getElement().getAttribute("data-qr");
        Booking booking = bookings.byLink(qr.substring(qr.indexOf("/b/") + 3)).orElseThrow();
        assertThat(booking.spacedCode()).isEqualTo(shownCode);
        assertThat(booking.reminders()).isTrue();
        assertThat(_find(Span.class)).noneMatch(s -> s.getText().contains(phone.substring(4)));
    }

    @Test
    void aWrongNumberIsSaidInTheCitizensLanguageAndWhatWasChosenAndTypedStays() {
        speak(HubLanguage.ARABIC);
        UI.getCurrent().navigate("book/" + code);
        _click(_get(Button.class, s -> s.withClasses("service-choice")));
        _click(_find(Button.class, s -> s.withClasses("day-choice")).getFirst());
        _click(_find(Button.class, s -> s.withClasses("time-choice")).getFirst());
        TextField phone = _get(TextField.class, s -> s.withClasses("booking-phone"));
        phone.setValue("12345");
        _get(Checkbox.class, s -> s.withClasses("booking-consent")).setValue(true);
        _click(_get(Button.class, s -> s.withClasses("booking-confirm")));

        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).isEqualTo(t("booking.error.phone")).contains("هذا");
        assertThat(phone.getValue()).isEqualTo("12345");
        assertThat(_get(Button.class, s -> s.withClasses("booking-confirm")).isEnabled()).isTrue();
        assertThat(_find(Isolated.class, s -> s.withClasses("booking-code"))).isEmpty();
    }

    @Test
    void onTheBookingsPageTheTimeIsChangedAndThenCancelledAfterAConfirmation() {
        Booking booking = book(LocalTime.of(10, 0));
        String link = bookings.linkOf(booking);
        UI.getCurrent().navigate("b/" + link);
        assertThat(_get(H1.class).getText()).isEqualTo(t("booking.mine"));

        _click(_get(Button.class, s -> s.withClasses("booking-move")));
        _click(_get(Button.class, s -> s.withClasses("day-choice").withText("lundi 2 mai")));
        _click(_get(Button.class, s -> s.withClasses("time-choice").withText("11:00")));
        assertThat(bookings.byLink(link).orElseThrow().start()).isEqualTo(LocalTime.of(11, 0));
        assertThat(_get(Span.class, s -> s.withClasses("booking-when")).getText()).contains("11:00");

        _click(_get(Button.class, s -> s.withClasses("booking-cancel")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withClasses("booking-cancel-confirm")));
        assertThat(bookings.byLink(link).orElseThrow().state()).isEqualTo(BookingState.CANCELLED);
        assertThat(_find(Button.class, s -> s.withClasses("booking-cancel"))).isEmpty();
    }

    @Test
    void iHaveArrivedAppearsOnlyInTheWindowAndOpensTheTicketsPage() {
        Booking booking = book(LocalTime.of(10, 0));
        String link = bookings.linkOf(booking);
        clock.pin(booking.checkInFrom().minusSeconds(60));
        UI.getCurrent().navigate("b/" + link);
        assertThat(_find(Button.class, s -> s.withClasses("booking-arrived"))).isEmpty();

        clock.pin(booking.checkInFrom().plus(Duration.ofMinutes(5)));
        UI.getCurrent().navigate("b/" + link);
        _click(_get(Button.class, s -> s.withClasses("booking-arrived")));

        // checked in: a ticket due at the booked time, and the browser sent to its page (plain HTML, ADR 0028)
        Long ticketId = bookings.byLink(link).orElseThrow().ticketId();
        assertThat(ticketId).isNotNull();
        assertThat(tickets.byId(ticketId).orElseThrow().dueAt()).isEqualTo(booking.startsAt());
        String sentTo = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(js -> js.getInvocation().getParameters().stream()).map(String::valueOf)
                .filter(p -> p.startsWith("/t/")).findFirst().orElseThrow();
        assertThat(sentTo).isEqualTo("/t/" + tickets.linkOf(tickets.byId(ticketId).orElseThrow()));
    }

    @Test
    void whoAsksForAnEarlierTimeSeesOneThatFreesAndTakesItInOneTap() {
        Booking early = book(LocalTime.of(8, 30));
        Booking mine = book(LocalTime.of(9, 0));
        String link = bookings.linkOf(mine);
        fillEveryOtherPlaceBefore(LocalTime.of(9, 0));
        UI.getCurrent().navigate("b/" + link);
        _get(Checkbox.class, s -> s.withClasses("booking-wants-earlier")).setValue(true);
        assertThat(_find(Button.class, s -> s.withClasses("booking-take-earlier"))).isEmpty();

        bookings.cancel(bookings.linkOf(early));
        UI.getCurrent().navigate("b/" + link);
        _click(_get(Button.class, s -> s.withClasses("booking-take-earlier")));

        assertThat(bookings.byLink(link).orElseThrow().start()).isEqualTo(LocalTime.of(8, 30));
        NotificationsKt.expectNotifications(t("booking.moved"));
    }

    @Test
    void theCentersPosterSaysBookInTheFourLanguagesAndItsQrCodeOpensTheBookingPage() {
        UI.getCurrent().navigate("book/" + code + "/poster");
        assertThat(_find(H1.class)).extracting(H1::getText)
                .containsExactly("احجز موعدك", "ⴰⵟⵟⴼ ⴰⵎⵓⴳⴳⴰⵔ ⵏⵏⴽ", "Prenez rendez-vous", "Book your appointment");
        assertThat(_get(Image.class, s -> s.withClasses("qr-code")).getElement().getAttribute("data-qr")).endsWith("/book/" + code);
    }

    @Test
    void anAlteredLinkGetsTheSameNeutralPageAsAnUnknownOne() {
        String link = bookings.linkOf(book(LocalTime.of(10, 0)));
        UI.getCurrent().navigate("b/" + link.substring(0, link.length() - 2) + "xx");
        assertThat(_get(H1.class).getText()).isEqualTo(t("booking.notFound.title"));
        UI.getCurrent().navigate("b/nothing.here");
        assertThat(_get(H1.class).getText()).isEqualTo(t("booking.notFound.title"));
        assertThat(_find(H2.class)).isEmpty();
    }

    private void fillEveryOtherPlaceBefore(LocalTime until) {
        for (var free : bookings.freeSlots(center, fixtures.service('A'), MONDAY)) {
            if (free.start().isBefore(until)) {
                for (int i = 0; i < free.free(); i++) {
                    book(free.start());
                }
            }
        }
    }

    private Booking book(LocalTime start) {
        var result = bookings.book(ma.socialhub.booking.BookingRequest.publicPage(center, fixtures.service('A'), MONDAY, start,
                HubLanguage.FRENCH, ma.socialhub.ticketing.PriorityClass.STANDARD, null, false, null));
        return ((ma.socialhub.booking.BookResult.Booked) result).booking();
    }
}
