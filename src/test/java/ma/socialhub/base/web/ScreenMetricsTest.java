package ma.socialhub.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.micrometer.core.instrument.MeterRegistry;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The open screens by kind, as Prometheus reads them, follow the tabs that open and close. */
class ScreenMetricsTest extends KaribuTest {

    @Autowired MeterRegistry registry;

    @Test
    void aDisplayCountsAsADisplayWhileItIsOpen() {
        long center = fixtures.center();
        fixtures.counter(center, "1", fixtures.service('A'));
        double before = open("display");

        UI.getCurrent().navigate("display/" + fixtures.code(center));
        assertThat(open("display")).isEqualTo(before + 1);

        UI.getCurrent().close();
        UI.getCurrent().getSession().removeUI(UI.getCurrent());
        assertThat(open("display")).isEqualTo(before);
    }

    @Test
    void viewsAreSortedByTheirFeature() {
        assertThat(ScreenMetrics.kindOf("ma.socialhub.kiosk.ui")).isEqualTo("kiosk");
        assertThat(ScreenMetrics.kindOf("ma.socialhub.supervision.ui")).isEqualTo("supervision");
        assertThat(ScreenMetrics.kindOf("ma.socialhub.admin.ui")).isEqualTo("other");
    }

    private double open(String kind) {
        return registry.get("hub.screens.open").tag("kind", kind).gauge().value();
    }
}
