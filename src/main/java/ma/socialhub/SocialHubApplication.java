package ma.socialhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Smart Social Hub: kiosk tickets, counters, displays, orientation and referral. */
@SpringBootApplication
public class SocialHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(SocialHubApplication.class, args);
    }
}
