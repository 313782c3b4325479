package ma.socialhub.architecture;

import ma.socialhub.SocialHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SocialHubApplication.class);

    @Test
    void featuresUseEachOtherOnlyThroughWhatTheyExpose() {
        MODULES.verify();
    }
}
