package ma.socialhub.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.booking.BookResult;
import ma.socialhub.booking.BookingRequest;
import ma.socialhub.booking.Bookings;
import ma.socialhub.booking.FreeSlot;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.ticketing.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo as a living center: on the demo database's first start, the last
 * {@code hub.demo.history-days} days of history (tickets, people, visits, referrals and program
 * progress, shaped like the volume generator's) so that supervision, the programs' figures and the
 * monthly report show months of figures from the first minute; and on each start, a few people
 * waiting at a few centers whose queue is empty.
 */
@Component
@Profile("demo")
@Order(1)
class DemoHistory implements ApplicationRunner {

    /** The centers whose queue the demo starts with people in, and how many. */
    private static final List<String> BUSY = List.of("agadir", "marrakech", "rabat", "ait-melloul");

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final VolumeGenerator generator;
    private final Catalog catalog;
    private final Tickets tickets;
    private final Bookings bookings;
    private final int days;
    private final long ticketsPerDay;
    private final boolean volumeCommand;

    DemoHistory(VolumeGenerator generator, Catalog catalog, Tickets tickets, Bookings bookings,
            @Value("${hub.demo.history-days:90}") int days, @Value("${hub.demo.tickets-per-center-day:90}") long ticketsPerDay,
            @Value("${hub.volume.tickets:}") String volumeTickets) {
        this.volumeCommand = !volumeTickets.isBlank();
        this.generator = generator;
        this.catalog = catalog;
        this.tickets = tickets;
        this.bookings = bookings;
        this.days = days;
        this.ticketsPerDay = ticketsPerDay;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (volumeCommand) {
            return; // the volume command makes its own history (VolumeCommand)
        }
        // only a database that holds no ticket yet gets a history; after that, only one that holds
        // the demo's own: a real hub run with the demo profile by mistake gets nothing invented
        boolean demoHistory = generator.generatedTickets() > 0;
        if (!demoHistory && days > 0 && generator.ticketsOtherThanGenerated() == 0) {
            history();
            demoHistory = true;
        }
        if (demoHistory) {
            waiting();
        }
    }

    private void history() {
        int centers = catalog.activeCenters().size();
        // weekdays only: five in seven days carry tickets
        long total = ticketsPerDay * centers * days * 5 / 7;
        VolumeGenerator.Spec spec = new VolumeGenerator.Spec(total, (int) Math.max(100, total / 12), Period.ofDays(days), 2026);
        log.info("Demo history: {} days at {} centers, about {} tickets — once, on the demo database's first start", days,
                centers, total);
        long start = System.nanoTime();
        int[] shown = {-1};
        generator.generate(spec, share -> {
            int tenth = (int) Math.floor(share * 10);
            if (tenth != shown[0]) {
                shown[0] = tenth;
                log.info("Demo history: {} %", tenth * 10);
            }
        });
        log.info("Demo history ready in {} s", (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** A few people waiting now at the busy centers whose queue is empty, in the languages people speak there. */
    private void waiting() {
        Random random = new Random();
        List<HubLanguage> languages = List.of(HubLanguage.ARABIC, HubLanguage.ARABIC, HubLanguage.FRENCH, HubLanguage.TAMAZIGHT);
        for (String code : BUSY) {
            Center center = catalog.centerByCode(code).orElse(null);
            if (center == null || tickets.waitingCounts(center.id()).values().stream().mapToInt(Integer::intValue).sum() > 0) {
                continue;
            }
            List<SocialService> services = catalog.servicesAt(center.id());
            int people = 2 + random.nextInt(5);
            for (int i = 0; i < people && !services.isEmpty(); i++) {
                tickets.issue(center.id(), services.get(random.nextInt(services.size())).id(),
                        random.nextInt(6) == 0 ? PriorityClass.PRIORITY : PriorityClass.STANDARD,
                        languages.get(random.nextInt(languages.size())));
            }
            log.info("Demo: {} people waiting at {}", people, code);
            booked(center, services, random);
        }
    }

    /** A few appointments on the next open days, so that the counter's list and the kiosk's code pad have something to show. */
    private void booked(Center center, List<SocialService> services, Random random) {
        int made = 0;
        for (SocialService service : services.subList(0, Math.min(2, services.size()))) {
            for (LocalDate day : bookings.daysWithFreeSlots(center.id(), service.id()).stream().limit(2).toList()) {
                List<FreeSlot> free = bookings.freeSlots(center.id(), service.id(), day);
                for (int i = 0; i < Math.min(3, free.size()); i++) {
                    FreeSlot slot = free.get(random.nextInt(free.size()));
                    if (bookings.book(BookingRequest.publicPage(center.id(), service.id(), day, slot.start(), HubLanguage.ARABIC,
                            PriorityClass.STANDARD, null, false, null)) instanceof BookResult.Booked) {
                        made++;
                    }
                }
            }
        }
        log.info("Demo: {} appointments booked at {}", made, center.code());
    }
}
