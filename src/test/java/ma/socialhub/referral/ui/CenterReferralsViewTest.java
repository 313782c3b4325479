package ma.socialhub.referral.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.Duration;
import ma.socialhub.referral.Referral;
import ma.socialhub.referral.ReferralStatus;
import ma.socialhub.support.Scenario;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CenterReferralsViewTest extends KaribuTest {

    @Autowired Scenario scenario;
    @Autowired TestClock clock;

    long incubator;
    String partner;
    Referral referral;

    @BeforeEach
    void aReferralOfTheCenter() {
        scenario.atANewCenter();
        incubator = fixtures.incubator(9);
        partner = fixtures.partner(incubator);
        referral = scenario.refer(scenario.woman(), incubator, null);
    }

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aReferralWaitingTooLongIsFlaggedToTheCenter() {
        clock.advance(Duration.ofDays(10));
        open();
        grid().select(grid().getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_get(Span.class, s -> s.withClasses("referral-stale")).getText()).isEqualTo(t("referral.stale", "days", 10));
    }

    @Test
    void aDeclinedReferralIsSentToAnotherIncubatorWithoutRetyping() {
        long other = fixtures.incubator(9);
        scenario.asPartner(partner, referral, ReferralStatus.DECLINED, "Complet");
        open();
        _get(Tabs.class).setSelectedIndex(2);
        grid().select(grid().getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withClasses("redirect-send")));
        expectNotifications(t("orientation.referredNow"));
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM referral WHERE redirected_from = ? AND status = 'SENT'")
                .param(referral.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(other).isPositive();
    }

    private void open() {
        signIn(scenario.agent);
        UI.getCurrent().navigate("referrals");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Referral> grid() {
        return _get(Grid.class, s -> s.withClasses("referrals-grid"));
    }
}
