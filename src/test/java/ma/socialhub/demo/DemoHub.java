package ma.socialhub.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ma.socialhub.SocialHubApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub started as its commands start it, on an embedded database of its own under {@code home}.
 * Settings are command-line arguments: they beat SPRING_DATASOURCE_URL in CI's environment.
 */
final class DemoHub {

    private DemoHub() {
    }

    static ConfigurableApplicationContext start(Path home, boolean demo, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=",
                "--hub.embedded-db.data-dir=" + home.resolve("pgdata"), "--hub.embedded-db.demo=" + demo,
                "--server.port=0", "--management.server.port=0", "--hub.kiosk.config-dir=kiosk-config/demo",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.ma.socialhub.demo=INFO"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(SocialHubApplication.class).run(arguments.toArray(String[]::new));
    }
}
