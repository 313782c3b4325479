package ma.socialhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.directory.Directory;
import ma.socialhub.support.Fixtures;
import ma.socialhub.support.IntegrationTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public catalogue is read once per cache time, whatever asks for it, and then read afresh. */
@IntegrationTest
class HsdsCacheTest {

    @Autowired Catalog catalog;
    @Autowired Directory directory;
    @Autowired HubTranslations texts;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void pagesComeFromTheKeptCatalogueUntilItIsOlderThanTheCacheTime() {
        clock.pin(Instant.parse("2026-12-03T10:00:00Z"));
        HsdsCatalogue catalogue = new HsdsCatalogue(catalog, directory, texts, clock, 60);
        int before = catalogue.services(1, 200, HubLanguage.FRENCH).totalItems();

        long center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'));
        clock.advance(Duration.ofSeconds(59));
        assertThat(catalogue.services(1, 200, HubLanguage.FRENCH).totalItems()).as("kept").isEqualTo(before);
        assertThat(catalogue.organizations(2_000_000_000, 200, HubLanguage.ARABIC).contents()).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        assertThat(catalogue.services(1, 200, HubLanguage.FRENCH).totalItems()).as("read again").isEqualTo(before + 1);
    }
}
