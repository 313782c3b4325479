package ma.socialhub.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.schedule.BookingRule;
import ma.socialhub.schedule.ScheduleAdmin;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import ma.socialhub.support.Together;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Ticket;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** Booking a time, its limits, its link, and checking it in: what a citizen and a script can do. */
@IntegrationTest
class BookingsTest {

    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    /** A Monday far ahead, in summer time (UTC+1). */
    static final LocalDate MONDAY = LocalDate.of(2033, 5, 2);
    static final LocalTime TEN = LocalTime.of(10, 0);

    @Autowired Bookings bookings;
    @Autowired Tickets tickets;
    @Autowired ScheduleAdmin admin;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    long center;
    long service;

    @BeforeEach
    void aCenterWithTwoCountersOpenOnWeekdays() {
        // Monday 08:00 in Casablanca, the week before
        clock.pin(MONDAY.minusDays(7).atTime(8, 0).atZone(CASABLANCA).toInstant());
        center = fixtures.center();
        service = fixtures.service('X');
        fixtures.jdbc().sql("UPDATE social_service SET service_minutes = 30 WHERE id = ?").param(service).update();
        fixtures.counters(center, 2, service);
        fixtures.signIn(fixtures.staff(Roles.ADMIN, null, null));
        fixtures.openWeekdays(center);
        // two counters, half kept for walk-ins: one place a slot
        admin.setRule(center, service, new BookingRule(50, 30, 15));
        fixtures.signOut();
    }

    @AfterEach
    void release() {
        clock.release();
        fixtures.signOut();
    }

    @Test
    void theLastPlaceOfATimeGoesToExactlyOneOfTwelvePeopleTakingItAtOnce() throws Exception {
        List<BookResult> results = Together.run(12, thread -> bookings.book(request(MONDAY, TEN, freshPhone(), "10.0.0." + thread)));

        assertThat(results).filteredOn(BookResult.Booked.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(BookResult.SlotFull.class::isInstance).hasSize(11);
        assertThat(bookings.freeSlots(center, service, MONDAY)).noneMatch(s -> s.start().equals(TEN));
    }

    @Test
    void aBookingHasASixDigitCodeAndASignedLinkThatSayNothingOfThePerson() {
        Booking booking = booked(MONDAY, TEN);

        assertThat(booking.code()).matches("[0-9]{6}");
        assertThat(booking.startsAt()).isEqualTo(MONDAY.atTime(TEN).atZone(CASABLANCA).toInstant());
        assertThat(booking.checkInFrom()).isEqualTo(booking.startsAt().minus(Duration.ofMinutes(30)));
        assertThat(booking.checkInUntil()).isEqualTo(booking.startsAt().plus(Duration.ofMinutes(15)));
        String link = bookings.linkOf(booking);
        assertThat(link).doesNotContain(booking.code());
        assertThat(bookings.byLink(link)).contains(booking);
    }

    @Test
    void anAlteredOrForgedLinkOpensNothingAndChangesNothing() {
        Booking booking = booked(MONDAY, TEN);
        String link = bookings.linkOf(booking);
        String altered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        String ticketStyle = booking.token() + ".forged";

        assertThat(bookings.byLink(altered)).isEmpty();
        assertThat(bookings.cancel(altered)).isEmpty();
        assertThat(bookings.cancel(ticketStyle)).isEmpty();
        assertThat(bookings.move(altered, MONDAY, LocalTime.of(11, 0))).isInstanceOf(BookResult.NotChangeable.class);
        assertThat(bookings.checkInByLink(altered)).isInstanceOf(CheckInResult.NotFound.class);
        assertThat(bookings.byLink(link).orElseThrow().state()).isEqualTo(BookingState.BOOKED);
    }

    @Test
    void aTimeThatIsPastClosedOrTooFarAheadCannotBeBooked() {
        clock.pin(MONDAY.minusDays(7).atTime(9, 0).atZone(CASABLANCA).toInstant());
        assertThat(book(MONDAY.minusDays(7), LocalTime.of(8, 30))).as("started already")
                .isEqualTo(new BookResult.NotBookable(BookResult.NotBookable.Reason.PAST));
        assertThat(book(MONDAY.minusDays(8), TEN)).as("yesterday").isEqualTo(new BookResult.NotBookable(BookResult.NotBookable.Reason.PAST));
        assertThat(book(MONDAY.plusDays(5), TEN)).as("a Saturday").isEqualTo(new BookResult.NotBookable(BookResult.NotBookable.Reason.CLOSED));
        assertThat(book(MONDAY, LocalTime.of(10, 10))).as("not a slot")
                .isEqualTo(new BookResult.NotBookable(BookResult.NotBookable.Reason.NOT_A_SLOT));
        assertThat(book(MONDAY.plusDays(60), TEN)).as("beyond the horizon")
                .isEqualTo(new BookResult.NotBookable(BookResult.NotBookable.Reason.TOO_FAR));
        long elsewhere = fixtures.center();
        assertThat(bookings.book(BookingRequest.publicPage(elsewhere, service, MONDAY, TEN, HubLanguage.ARABIC,
                PriorityClass.STANDARD, null, false, null))).isInstanceOf(BookResult.ServiceNotOffered.class);
    }

    @Test
    void aPhoneNumberIsKeptOnlyWithConsentAndOnlyIfItIsAMoroccanNumber() {
        assertThat(bookings.book(BookingRequest.publicPage(center, service, MONDAY, TEN, HubLanguage.ARABIC, PriorityClass.STANDARD,
                "0661234567", false, null))).isInstanceOf(BookResult.ConsentMissing.class);
        assertThat(bookings.book(BookingRequest.publicPage(center, service, MONDAY, TEN, HubLanguage.ARABIC, PriorityClass.STANDARD,
                "12345", true, null))).isInstanceOf(BookResult.PhoneInvalid.class);
        Booking booking = booked(MONDAY, TEN);

        assertThat(booking.reminders()).isTrue();
        String stored = fixtures.jdbc().sql("SELECT phone_enc FROM booking WHERE id = ?").param(booking.id()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain("661234567");
    }

    @Test
    void onePhoneNumberHoldsAtMostTwoBookingsToComeWhateverItsSpelling() {
        String phone = freshPhone();
        String digits = phone.substring(1);
        assertThat(book(MONDAY, TEN, phone, null)).isInstanceOf(BookResult.Booked.class);
        assertThat(book(MONDAY, LocalTime.of(11, 0), "+212 " + digits.substring(0, 3) + "-" + digits.substring(3), null))
                .isInstanceOf(BookResult.Booked.class);

        String spaced = phone.substring(0, 2) + " " + phone.substring(2, 4) + " " + phone.substring(4, 6) + " " + phone.substring(6, 8)
                + " " + phone.substring(8);
        assertThat(book(MONDAY, LocalTime.of(12, 0), spaced, null)).isInstanceOf(BookResult.TooManyForPhone.class);
        assertThat(book(MONDAY, LocalTime.of(12, 0), freshPhone(), null)).isInstanceOf(BookResult.Booked.class);
    }

    @Test
    void oneAddressHoldsAtMostSixBookingsToComeAndManyThreadsDoNotSlipPastTheCount() throws Exception {
        List<BookResult> results = Together.run(10,
                thread -> book(MONDAY, LocalTime.of(8, 30).plusMinutes(30L * thread), null, "192.0.2.7"));

        assertThat(results).filteredOn(BookResult.Booked.class::isInstance).hasSize(6);
        assertThat(results).filteredOn(BookResult.TooManyFromAddress.class::isInstance).hasSize(4);
        Booking one = results.stream().filter(BookResult.Booked.class::isInstance).map(r -> ((BookResult.Booked) r).booking())
                .findFirst().orElseThrow();
        bookings.cancel(bookings.linkOf(one));
        assertThat(book(MONDAY, LocalTime.of(15, 30), null, "192.0.2.7")).as("the refusals of the day still count")
                .isInstanceOf(BookResult.TooManyFromAddress.class);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(book(MONDAY, LocalTime.of(15, 30), null, "192.0.2.7")).isInstanceOf(BookResult.Booked.class);
    }

    @Test
    void anIpv6SubscribersWholeSlash64CountsAsOneAddress() {
        for (int i = 0; i < 6; i++) {
            assertThat(book(MONDAY, LocalTime.of(8, 30).plusMinutes(30L * i), null, "2001:db8:1:2::" + (i + 1)))
                    .isInstanceOf(BookResult.Booked.class);
        }
        assertThat(book(MONDAY, LocalTime.of(12, 0), null, "2001:db8:1:2:ffff::99")).isInstanceOf(BookResult.TooManyFromAddress.class);
        assertThat(book(MONDAY, LocalTime.of(12, 0), null, "[2001:db8:1:3::1]")).isInstanceOf(BookResult.Booked.class);
    }

    @Test
    void probingWhetherAPhoneNumberHoldsBookingsCostsTheProbersOwnAddress() {
        String phone = freshPhone();
        booked(MONDAY, TEN, phone);
        booked(MONDAY, LocalTime.of(11, 0), phone);
        for (int i = 0; i < 6; i++) {
            assertThat(book(MONDAY, LocalTime.of(12, 0), phone, "198.51.100.9")).isInstanceOf(BookResult.TooManyForPhone.class);
        }
        assertThat(book(MONDAY, LocalTime.of(12, 0), freshPhone(), "198.51.100.9")).as("six refusals spent the address's day")
                .isInstanceOf(BookResult.TooManyFromAddress.class);
    }

    @Test
    void anIntegrationOrAKioskBooksAtMostItsDailyQuota() {
        int booked = 0;
        BookResult last = null;
        String kiosk = "quota-" + java.util.UUID.randomUUID();
        for (LocalDate day = MONDAY.minusDays(7); booked <= 300 && !day.isAfter(MONDAY.plusDays(23)); day = day.plusDays(1)) {
            for (FreeSlot free : bookings.freeSlots(center, service, day)) {
                last = bookings.book(new BookingRequest(center, service, day, free.start(), HubLanguage.FRENCH, PriorityClass.STANDARD,
                        null, false, null, BookingChannel.API, kiosk, null));
                if (!(last instanceof BookResult.Booked)) {
                    break;
                }
                booked++;
            }
            if (!(last instanceof BookResult.Booked)) {
                break;
            }
        }
        assertThat(booked).isEqualTo(300);
        assertThat(last).isInstanceOf(BookResult.TooManyFromAddress.class);
    }

    @Test
    void aCancelledPlaceIsFreeAgainAndAMoveGoesOnlyToAFreeTime() {
        Booking mine = booked(MONDAY, TEN);
        Booking other = booked(MONDAY, LocalTime.of(11, 0), freshPhone());

        assertThat(bookings.move(bookings.linkOf(mine), MONDAY, LocalTime.of(11, 0))).isInstanceOf(BookResult.SlotFull.class);
        assertThat(bookings.cancel(bookings.linkOf(other))).map(Booking::state).contains(BookingState.CANCELLED);
        BookResult moved = bookings.move(bookings.linkOf(mine), MONDAY, LocalTime.of(11, 0));

        assertThat(moved).isInstanceOfSatisfying(BookResult.Booked.class, b -> {
            assertThat(b.booking().start()).isEqualTo(LocalTime.of(11, 0));
            assertThat(b.booking().code()).isEqualTo(mine.code());
        });
        assertThat(bookings.freeSlots(center, service, MONDAY)).anyMatch(s -> s.start().equals(TEN));
        assertThat(bookings.cancel(bookings.linkOf(other))).as("cancelled once").isEmpty();
    }

    @Test
    void whoAsksForAnEarlierTimeIsOfferedTheOneACancellationFrees() {
        Booking early = booked(MONDAY, LocalTime.of(8, 30), freshPhone());
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(TEN); t = t.plusMinutes(30)) {
            booked(MONDAY, t, null);
        }
        Booking mine = booked(MONDAY, TEN);
        int code = 900_000;
        for (LocalDate day = MONDAY.minusDays(7); day.isBefore(MONDAY); day = day.plusDays(1)) {
            for (FreeSlot free : bookings.freeSlots(center, service, day)) {
                fixtures.jdbc().sql("""
                        INSERT INTO booking (center_id, service_id, day, start_time, starts_at, check_in_from, check_in_until, code, token,
                                             language, channel, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, md5(random()::text), 'ar', 'API', now())
                        """).params(center, service, day, free.start(), java.sql.Timestamp.from(free.at()),
                        java.sql.Timestamp.from(free.at()), java.sql.Timestamp.from(free.at()), String.valueOf(code++)).update();
            }
        }
        assertThat(bookings.earlierFree(mine)).as("the week is full before it").isEmpty();

        bookings.cancel(bookings.linkOf(early));

        assertThat(bookings.earlierFree(mine)).map(FreeSlot::start).contains(LocalTime.of(8, 30));
        assertThat(bookings.move(bookings.linkOf(mine), MONDAY, LocalTime.of(8, 30))).isInstanceOf(BookResult.Booked.class);
    }

    @Test
    void onlyAnAgentBooksAtTheCounterAndOnlyAtTheirOwnCenter() {
        assertThatThrownBy(() -> bookings.bookAtCounter(service, MONDAY, TEN, HubLanguage.ARABIC, PriorityClass.STANDARD))
                .as("anonymous").isInstanceOf(AuthenticationException.class);
        fixtures.signIn(fixtures.staff(Roles.SUPERVISOR, null, null));
        assertThatThrownBy(() -> bookings.bookAtCounter(service, MONDAY, TEN, HubLanguage.ARABIC, PriorityClass.STANDARD))
                .isInstanceOf(AccessDeniedException.class);
        long elsewhere = fixtures.center();
        fixtures.counter(elsewhere, "1", service);
        fixtures.openWeekdays(elsewhere);
        fixtures.signIn(fixtures.agent(elsewhere));

        BookResult booked = bookings.bookAtCounter(service, MONDAY, TEN, HubLanguage.ARABIC, PriorityClass.STANDARD);

        assertThat(booked).isInstanceOfSatisfying(BookResult.Booked.class, b -> {
            assertThat(b.booking().centerId()).isEqualTo(elsewhere);
            assertThat(b.booking().channel()).isEqualTo(BookingChannel.COUNTER);
        });
        assertThat(bookings.freeSlots(center, service, MONDAY)).as("the other center's ten o'clock is untouched")
                .anyMatch(s -> s.start().equals(TEN));
    }

    @Test
    void checkInOpensThirtyMinutesBeforeAndClosesFifteenAfterToTheSecond() {
        Booking booking = booked(MONDAY, TEN);
        Instant at = booking.startsAt();

        clock.pin(at.minus(Duration.ofMinutes(30)).minusSeconds(1));
        assertThat(bookings.checkInByCode(center, booking.code())).isInstanceOfSatisfying(CheckInResult.TooEarly.class,
                early -> assertThat(early.opensAt()).isEqualTo(at.minus(Duration.ofMinutes(30))));
        clock.pin(at.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(bookings.checkInByCode(center, booking.code())).isInstanceOf(CheckInResult.TooLate.class);
        clock.pin(at.minus(Duration.ofMinutes(30)));
        assertThat(bookings.checkInByCode(center, booking.code())).isInstanceOf(CheckInResult.CheckedIn.class);

        Booking other = booked(MONDAY, LocalTime.of(11, 0), freshPhone());
        clock.pin(other.startsAt().plus(Duration.ofMinutes(15)));
        assertThat(bookings.checkInByCode(center, other.code())).isInstanceOf(CheckInResult.CheckedIn.class);
    }

    @Test
    void aCheckedInBookingIsATicketDueAtItsTimeAndCheckingInAgainFromKioskAndPhoneAtOnceFindsTheSameTicket() throws Exception {
        Booking booking = booked(MONDAY, TEN);
        clock.pin(booking.startsAt().minus(Duration.ofMinutes(10)));
        String link = bookings.linkOf(booking);

        List<CheckInResult> results = Together.run(6, thread -> thread % 2 == 0
                ? bookings.checkInByCode(center, booking.spacedCode()) : bookings.checkInByLink(link));

        // by the link, every tap finds the ticket; by the code, once checked in it is no longer found (a
        // guessed code must not show a ticket), so a late tap by code may find nothing
        for (int thread = 1; thread < results.size(); thread += 2) {
            assertThat(results.get(thread)).isInstanceOf(CheckInResult.CheckedIn.class);
        }
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOfAny(CheckInResult.CheckedIn.class, CheckInResult.NotFound.class));
        List<Long> ticketIds = results.stream().filter(CheckInResult.CheckedIn.class::isInstance)
                .map(r -> ((CheckInResult.CheckedIn) r).ticket().id()).distinct().toList();
        assertThat(ticketIds).hasSize(1);
        Ticket ticket = tickets.byId(ticketIds.getFirst()).orElseThrow();
        assertThat(ticket.dueAt()).isEqualTo(booking.startsAt());
        assertThat(ticket.serviceId()).isEqualTo(service);
        assertThat(ticket.language()).isEqualTo("fr");
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM ticket WHERE center_id = ?").param(center).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aCodeOpensOnlyItsOwnCentersBookingStillToComeAndACancelledOneOnlyByItsLink() {
        Booking booking = booked(MONDAY, TEN);
        long elsewhere = fixtures.center();
        clock.pin(booking.startsAt());

        assertThat(bookings.checkInByCode(elsewhere, booking.code())).isInstanceOf(CheckInResult.NotFound.class);
        assertThat(bookings.checkInByCode(center, "12ab56")).isInstanceOf(CheckInResult.NotFound.class);
        bookings.cancel(bookings.linkOf(booking));
        assertThat(bookings.checkInByCode(center, booking.code())).as("a cancelled code is unknown: it shows nothing")
                .isInstanceOf(CheckInResult.NotFound.class);
        assertThat(bookings.checkInByLink(bookings.linkOf(booking))).isInstanceOf(CheckInResult.Cancelled.class);
    }

    @Test
    void aBookingNotCheckedInByTheEndOfItsWindowIsANoShowAndItsNumberIsForgottenADayLater() {
        Booking booking = booked(MONDAY, TEN);
        clock.pin(booking.checkInUntil());
        bookings.sweep();
        assertThat(bookings.byLink(bookings.linkOf(booking)).orElseThrow().state()).isEqualTo(BookingState.BOOKED);

        clock.pin(booking.checkInUntil().plusSeconds(1));
        bookings.sweep();
        assertThat(bookings.byLink(bookings.linkOf(booking)).orElseThrow().state()).isEqualTo(BookingState.NO_SHOW);
        assertThat(phoneKept(booking)).isTrue();

        clock.pin(booking.startsAt().plus(Duration.ofDays(1)).plusSeconds(1));
        bookings.sweep();
        assertThat(phoneKept(booking)).isFalse();
    }

    @Test
    void aTenOClockBookingAcrossRamadansChangeOfOffsetIsAtTenOnTheCentersClock() {
        // Morocco goes from UTC+1 to UTC+0 on Sunday 2033-11-20; booked the Monday before, for the Monday after
        LocalDate before = LocalDate.of(2033, 11, 14);
        LocalDate after = LocalDate.of(2033, 11, 21);
        clock.pin(before.atTime(9, 0).atZone(CASABLANCA).toInstant());
        Booking booking = booked(after, TEN);

        assertThat(booking.startsAt()).isEqualTo(Instant.parse("2033-11-21T10:00:00Z"));
        clock.pin(Instant.parse("2033-11-21T09:29:59Z"));
        assertThat(bookings.checkInByCode(center, booking.code())).isInstanceOf(CheckInResult.TooEarly.class);
        clock.pin(Instant.parse("2033-11-21T09:30:00Z"));
        assertThat(bookings.checkInByCode(center, booking.code())).isInstanceOf(CheckInResult.CheckedIn.class);
    }

    private boolean phoneKept(Booking booking) {
        return fixtures.jdbc().sql("SELECT phone_enc IS NOT NULL FROM booking WHERE id = ?").param(booking.id()).query(Boolean.class).single();
    }

    private Booking booked(LocalDate day, LocalTime start) {
        return booked(day, start, freshPhone());
    }

    /** A valid mobile number no other test or run used: the limit per number counts across centers. */
    private static String freshPhone() {
        return "0661" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private Booking booked(LocalDate day, LocalTime start, String phone) {
        BookResult result = book(day, start, phone, null);
        assertThat(result).isInstanceOf(BookResult.Booked.class);
        return ((BookResult.Booked) result).booking();
    }

    private BookResult book(LocalDate day, LocalTime start) {
        return book(day, start, null, null);
    }

    private BookResult book(LocalDate day, LocalTime start, String phone, String address) {
        return bookings.book(request(day, start, phone, address));
    }

    private BookingRequest request(LocalDate day, LocalTime start, String phone, String address) {
        return BookingRequest.publicPage(center, service, day, start, HubLanguage.FRENCH, PriorityClass.STANDARD, phone,
                phone != null, address);
    }
}
