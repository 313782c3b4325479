package ma.socialhub.demo;

import java.io.PrintStream;
import java.time.Period;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command that fills a hub with national volumes ({@code --hub.volume.tickets=10000000}), with
 * a progress bar, then stops the application. Runs after the demo data (the centers, services and
 * counters it spreads the tickets over). See the README.
 */
@Component
@Order(10)
@ConditionalOnProperty("hub.volume.tickets")
class VolumeCommand implements ApplicationRunner {

    private final VolumeGenerator generator;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    VolumeCommand(VolumeGenerator generator, Environment environment, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = System.out;
        VolumeGenerator.Spec spec = new VolumeGenerator.Spec(environment.getRequiredProperty("hub.volume.tickets", Long.class),
                environment.getProperty("hub.volume.people", Integer.class, 1_000_000),
                Period.ofYears(environment.getProperty("hub.volume.years", Integer.class, 2)),
                environment.getProperty("hub.volume.seed", Long.class, 42L));
        int code = 0;
        if (generator.generatedTickets() > 0) {
            out.println("This database already holds generated volumes: nothing done.");
        } else {
            out.printf("Generating %,d tickets and %,d people over %s...%n", spec.tickets(), spec.people(), spec.span());
            long start = System.nanoTime();
            int[] shown = {-1};
            try {
                generator.generate(spec, share -> {
                    int percent = (int) Math.floor(share * 100);
                    if (percent != shown[0]) {
                        shown[0] = percent;
                        int filled = percent / 2;
                        out.print("\r[" + "#".repeat(filled) + " ".repeat(50 - filled) + "] " + percent + " %");
                        out.flush();
                    }
                });
                out.printf("%nDone in %d s.%n", (System.nanoTime() - start) / 1_000_000_000L);
            } catch (RuntimeException e) {
                out.printf("%nStopped: %s%n", e.getMessage());
                code = 1;
            }
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
