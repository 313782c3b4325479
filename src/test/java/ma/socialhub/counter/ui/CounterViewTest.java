package ma.socialhub.counter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import ma.socialhub.catalog.CounterState;
import ma.socialhub.catalog.SocialService;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.base.ui.LoginView;
import ma.socialhub.base.ui.QrCodeImage;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.IssueResult;
import ma.socialhub.ticketing.PriorityClass;
import ma.socialhub.support.TestClock;
import ma.socialhub.ticketing.CounterLeases;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CounterViewTest extends KaribuTest {

    @Autowired Tickets tickets;
    @Autowired CounterLeases leases;
    @Autowired TestClock clock;

    long center;
    long serviceA;

    @BeforeEach
    void center() {
        center = fixtures.center();
        serviceA = fixtures.service('A');
        fixtures.counter(center, "1", serviceA);
    }

    @Test
    void anAgentCallsTheNextTicketAndSeesItsNumber() {
        issue();
        openCounter();
        assertThat(waitingCount()).isEqualTo(t("counter.waitingCount", "count", 1));

        _click(button("counter.callNext"));

        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("current-state")).getText()).isEqualTo(t("ticket.state.CALLED"));
        assertThat(waitingCount()).isEqualTo(t("counter.waitingCount", "count", 0));
        assertThat(button("counter.callNext").isEnabled()).isFalse();
    }

    @Test
    void receivingOpensTheVisitAndFinishingAsksHowItEndedBeforeFreeingTheCounter() {
        issue();
        openCounter();
        _click(button("counter.callNext"));
        _click(button("counter.receive"));
        assertThat(_get(Span.class, s -> s.withClasses("current-state")).getText()).isEqualTo(t("ticket.state.IN_SERVICE"));
        _get(TabSheet.class);

        _click(button("counter.finish"));
        _click(_get(Button.class, s -> s.withClasses("close-visit")));

        assertThat(_get(Span.class, s -> s.withClasses("current-none")).getText()).isEqualTo(t("counter.noCurrent"));
        assertThat(button("counter.callNext").isEnabled()).isTrue();
        assertThat(_find(TabSheet.class)).isEmpty();
    }

    @Test
    void callingOnAnEmptyQueueSaysSo() {
        openCounter();
        _click(button("counter.callNext"));
        expectNotifications(t("counter.queueEmpty"));
    }

    @Test
    void anAbsentCitizenIsMarkedNoShow() {
        issue();
        openCounter();
        _click(button("counter.callNext"));
        _click(button("counter.recall"));
        _click(button("counter.noShow"));
        assertThat(_find(Isolated.class, s -> s.withClasses("current-number"))).isEmpty();
    }

    @Test
    void theCounterShowsItsTicketAgainAfterTheAgentComesBack() {
        issue();
        openCounter();
        _click(button("counter.callNext"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("counter");
        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-001");
    }

    @Test
    void comingToTheScreenOpensNothingAndChoosingTheCounterOpensIt() {
        long closed = fixtures.closedCounter(center, "2", serviceA);
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");
        assertThat(counterState(closed)).isEqualTo("CLOSED");
        assertThat(button("counter.callNext").isEnabled()).isFalse();

        chooseCounter("2");

        assertThat(counterState(closed)).isEqualTo("OPEN");
        assertThat(button("counter.callNext").isEnabled()).isTrue();
    }

    @Test
    void aCounterAColleagueWorksOpensForTheAgentOnlyAfterTheyConfirm() {
        long shared = fixtures.closedCounter(center, "2", serviceA);
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");
        chooseCounter("2");
        long colleague = workedBy(shared);
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");

        chooseCounter("2");
        ConfirmDialog ask = _get(ConfirmDialog.class, s -> s.withClasses("counter-take-over"));
        assertThat(workedBy(shared)).isEqualTo(colleague);

        assertThat(ConfirmDialogKt._getText(ask)).contains("Agent ");
        ConfirmDialogKt._fireConfirm(ask);
        assertThat(workedBy(shared)).isNotEqualTo(colleague);
        assertThat(counterState(shared)).isEqualTo("OPEN");
    }

    @Test
    void anAgentWhoOpensTheCentersReferralsInTheSameTabKeepsTheirCounterOpen() {
        openCounter();
        long counter = fixtures.jdbc().sql("SELECT id FROM counter WHERE center_id = ? AND label = '1'").param(center)
                .query(Long.class).single();
        UI.getCurrent().navigate("referrals");
        clock.pin(clock.instant());
        try {
            for (int minute = 0; minute < 5; minute++) {
                clock.advance(java.time.Duration.ofMinutes(1));
                leases.renewAndSweep();
            }
            assertThat(counterState(counter)).isEqualTo("OPEN");

            // the tab goes away: the lease is not renewed any more, and the counter closes
            UI.getCurrent().close();
            MockVaadin.tearDown();
            for (int minute = 0; minute < 3; minute++) {
                clock.advance(java.time.Duration.ofMinutes(1));
                leases.renewAndSweep();
            }
            assertThat(counterState(counter)).isEqualTo("CLOSED");
        } finally {
            clock.release();
        }
    }

    @Test
    void aCounterWithoutServicesSaysSo() {
        long other = fixtures.center();
        fixtures.counter(other, "1");
        signIn(fixtures.agent(other));
        UI.getCurrent().navigate("counter");
        chooseCounter("1");
        assertThat(_find(Span.class, s -> s.withText(t("counter.servesNothing")))).hasSize(1);
    }

    @Test
    void theCounterIsInArabicWhenTheAgentChoosesArabic() {
        speak(HubLanguage.ARABIC);
        openCounter();
        assertThat(button("counter.callNext").getText()).isEqualTo("نداء التالي");
    }

    @Test
    void anAgentOpensATicketByTypingItsNumber() {
        issue();
        issue();
        openCounter();
        _get(TextField.class, s -> s.withClasses("open-ticket-field")).setValue("a-2"); // Karibu 2.6 _setValue does not fit Vaadin 25.2
        _click(_get(Button.class, s -> s.withClasses("open-ticket-go")));
        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-002");
    }

    @Test
    void aWrongNumberSaysSoAndKeepsTheCounterFree() {
        openCounter();
        _get(TextField.class, s -> s.withClasses("open-ticket-field")).setValue("<script>alert(1)</script>"); // Karibu 2.6 _setValue does not fit Vaadin 25.2
        _click(_get(Button.class, s -> s.withClasses("open-ticket-go")));
        expectNotifications(t("counter.open.notFound"));
        assertThat(button("counter.callNext").isEnabled()).isTrue();
    }

    @Test
    void theAgentTransfersThePersonToAnotherServiceAndTheCounterIsFreeAgain() {
        long serviceB = fixtures.service('B');
        fixtures.counter(center, "2", serviceB);
        issue();
        openCounter();
        _click(button("counter.callNext"));
        _click(_get(Button.class, s -> s.withClasses("counter-transfer")));
        @SuppressWarnings("unchecked")
        Select<SocialService> service = _get(Select.class, s -> s.withLabel(t("counter.transfer.service")));
        service.setValue(service.getListDataView().getItems().filter(x -> x != null && x.letter() == 'B').findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withClasses("transfer-confirm")));
        expectNotifications(t("counter.transfer.done"));
        assertThat(tickets.waitingCounts(center)).containsEntry(serviceB, 1);
        assertThat(button("counter.callNext").isEnabled()).isTrue();
    }

    @Test
    void aTransferredPersonWhoSaysYesIsFollowedBySmsAndWithoutTheirYesNothingIsDone() {
        long serviceB = fixtures.service('B');
        fixtures.counter(center, "2", serviceB);
        smsProvider(GatewaySettings.Kind.HTTP);
        try {
            ma.socialhub.ticketing.Ticket ticket = issue();
            openCounter();
            _click(button("counter.callNext"));
            _click(_get(Button.class, s -> s.withClasses("counter-transfer")));
            @SuppressWarnings("unchecked")
            Select<SocialService> service = _get(Select.class, s -> s.withLabel(t("counter.transfer.service")));
            service.setValue(service.getListDataView().getItems().filter(x -> x != null && x.letter() == 'B').findFirst().orElseThrow());
            String number = "070" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
            TextField sms = _get(TextField.class, s -> s.withClasses("transfer-sms"));
            sms.setValue(number);

            _click(_get(Button.class, s -> s.withClasses("transfer-confirm")));
            assertThat(sms.isInvalid()).isTrue();
            assertThat(sms.getErrorMessage()).isEqualTo(t("counter.transfer.smsNeedsYes"));
            assertThat(sms.getValue()).isEqualTo(number);
            assertThat(tickets.waitingCounts(center)).doesNotContainKey(serviceB);

            _get(Checkbox.class, s -> s.withClasses("transfer-sms-agreed")).setValue(true);
            _click(_get(Button.class, s -> s.withClasses("transfer-confirm")));
            expectNotifications(t("counter.transfer.done"), t("counter.transfer.smsDone"));
            assertThat(fixtures.jdbc().sql("SELECT source FROM message_subscription WHERE ticket_id = ?").param(ticket.id())
                    .query(String.class).single()).isEqualTo("COUNTER");
        } finally {
            smsProvider(GatewaySettings.Kind.NONE);
        }
    }


    @Test
    void theAgentServesAWalkInWithoutATicket() {
        openCounter();
        _click(_get(Button.class, s -> s.withClasses("counter-walkIn")));
        _click(_get(Button.class, s -> s.withClasses("walk-in-confirm")));
        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("current-state")).getText()).isEqualTo(t("ticket.state.IN_SERVICE"));
    }

    @Test
    void aWalkInsVisitOpensWithTheTicketAndNeedsNoReceive() {
        openCounter();
        _click(_get(Button.class, s -> s.withClasses("counter-walkIn")));
        _click(_get(Button.class, s -> s.withClasses("walk-in-confirm")));

        assertThat(_get(TabSheet.class).getSelectedIndex()).isZero();
        assertThat(button("counter.receive").isEnabled()).isFalse();
        assertThat(button("counter.finish").isEnabled()).isTrue();
        assertThat(fixtures.jdbc().sql("SELECT count(*) FROM visit WHERE center_id = ? AND ended_at IS NULL").param(center)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCounterPutOnBreakCallsNobody() {
        issue();
        openCounter();
        @SuppressWarnings("unchecked")
        Select<CounterState> state = _get(Select.class, s -> s.withClasses("counter-state"));
        state.setValue(CounterState.ON_BREAK);
        _click(button("counter.callNext"));
        expectNotifications(t("counter.notOpen"));
        assertThat(_find(Isolated.class, s -> s.withClasses("current-number"))).isEmpty();
    }

    @Test
    void aPhotoOfTheTicketsQrCodeOpensTheTicket() {
        issue();
        var second = tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH);
        openCounter();
        _click(_get(Button.class, s -> s.withClasses("open-ticket-camera")));
        ScanDialog dialog = _get(ScanDialog.class);

        dialog.read(QrCodeImage.png(
                "https://hub.example/t/" + tickets.linkOf(((IssueResult.Issued) second).ticket()), 300));

        assertThat(_get(Isolated.class, s -> s.withClasses("current-number")).getText()).isEqualTo("A-002");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aPhotoWithoutAReadableQrCodeSaysSoAndOpensNothing() {
        issue();
        openCounter();
        _click(_get(Button.class, s -> s.withClasses("open-ticket-camera")));
        ScanDialog dialog = _get(ScanDialog.class);

        dialog.read(new byte[] {1, 2, 3});

        assertThat(_get(Span.class, s -> s.withClasses("scan-status")).getText()).isEqualTo(t("counter.scan.unreadable"));
        assertThat(_find(Isolated.class, s -> s.withClasses("current-number"))).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        UI.getCurrent().navigate("counter");
        _get(LoginView.class);
    }

    private ma.socialhub.ticketing.Ticket issue() {
        return ((IssueResult.Issued) tickets.issue(center, serviceA, PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket();
    }

    private void openCounter() {
        signIn(fixtures.agent(center));
        UI.getCurrent().navigate("counter");
        chooseCounter("1");
    }

    private String counterState(long counter) {
        return fixtures.jdbc().sql("SELECT state FROM counter WHERE id = ?").param(counter).query(String.class).single();
    }

    private long workedBy(long counter) {
        return fixtures.jdbc().sql("SELECT staff_id FROM counter WHERE id = ?").param(counter).query(Long.class).single();
    }

    private static Button button(String key) {
        return _get(Button.class, s -> s.withText(t(key)));
    }

    private static String waitingCount() {
        return _get(Span.class, s -> s.withClasses("waiting-count")).getText();
    }
}
