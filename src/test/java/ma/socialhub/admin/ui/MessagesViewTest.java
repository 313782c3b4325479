package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import java.sql.Timestamp;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.messaging.DeadMessage;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.MessageKind;
import ma.socialhub.messaging.MessageSettings;
import ma.socialhub.messaging.MessagingAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The messages screen, as an administrator sets the provider, edits a text and sends a dead message again. */
class MessagesViewTest extends AdminScreenTest {

    @Autowired MessagingAdmin messaging;
    @Autowired ma.socialhub.ticketing.Tickets tickets;

    @AfterEach
    void noProviderAgain() {
        signIn(admin);
        MessageSettings now = messaging.settings();
        messaging.save(new MessageSettings(GatewaySettings.none(), now.passwordSet(), now.quietFrom(), now.quietUntil(),
                now.nearAhead(), now.nearMinutes(), now.version()), null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProvidersPasswordIsNeverShownAgainAndSavingWithoutRetypingItKeepsIt() {
        open("admin/messages");
        AdminScreenTest.<GatewaySettings.Kind>select(t("messages.admin.kind")).setValue(GatewaySettings.Kind.SMPP);
        textField(t("messages.admin.host")).setValue("smsc.operateur.ma");
        integerField(t("messages.admin.port")).setValue(2775);
        textField(t("messages.admin.systemId")).setValue("hub");
        passwordField(t("messages.admin.password")).setValue("Pw-2026x");
        textField(t("messages.admin.senderId")).setValue("CentreSoc");
        _get(Button.class, s -> s.withClasses("gateway-save")).click();

        PasswordField password = passwordField(t("messages.admin.password"));
        assertThat(password.getValue()).isEmpty();
        assertThat(password.getPlaceholder()).isEqualTo(t("messages.admin.password.set"));
        String stored = fixtures.jdbc().sql("SELECT password_enc FROM message_gateway").query(String.class).single();
        assertThat(stored).isNotBlank().doesNotContain("Pw-2026x");

        textField(t("messages.admin.senderId")).setValue("Markaz");
        _get(Button.class, s -> s.withClasses("gateway-save")).click();
        assertThat(fixtures.jdbc().sql("SELECT password_enc FROM message_gateway").query(String.class).single()).isEqualTo(stored);
        assertThat(messaging.settings().gateway().senderId()).isEqualTo("Markaz");
    }

    @Test
    void aStoredPasswordIsNeverSentToAnotherServerWithoutBeingTypedAgain() {
        open("admin/messages");
        AdminScreenTest.<GatewaySettings.Kind>select(t("messages.admin.kind")).setValue(GatewaySettings.Kind.SMPP);
        textField(t("messages.admin.host")).setValue("smsc.operateur.ma");
        integerField(t("messages.admin.port")).setValue(2775);
        textField(t("messages.admin.systemId")).setValue("hub");
        passwordField(t("messages.admin.password")).setValue("Pw-2026x");
        textField(t("messages.admin.senderId")).setValue("CentreSoc");
        _get(Button.class, s -> s.withClasses("gateway-save")).click();
        String stored = fixtures.jdbc().sql("SELECT password_enc FROM message_gateway").query(String.class).single();

        textField(t("messages.admin.host")).setValue("smsc.attacker.example");
        _get(Button.class, s -> s.withClasses("gateway-save")).click();

        assertThat(passwordField(t("messages.admin.password")).getErrorMessage()).isEqualTo(t("messages.admin.error.retype"));
        assertThat(messaging.settings().gateway().host()).isEqualTo("smsc.operateur.ma");
        assertThat(fixtures.jdbc().sql("SELECT password_enc FROM message_gateway").query(String.class).single()).isEqualTo(stored);
    }

    @Test
    void aTextWithoutItsLinkIsRefusedForThePersonCouldNotStopTheMessages() {
        open("admin/messages");
        _get(TabSheet.class).setSelectedIndex(1);
        AdminScreenTest.<MessageKind>select(t("messages.admin.text.kind")).setValue(MessageKind.NEAR);
        AdminScreenTest.<HubLanguage>select(t("messages.admin.text.language")).setValue(HubLanguage.FRENCH);
        String before = messaging.text(MessageKind.NEAR, HubLanguage.FRENCH);
        TextArea body = _get(TextArea.class, s -> s.withClasses("text-body"));
        body.setValue("{center} : ticket {number}, c'est bientôt.");

        _get(Button.class, s -> s.withClasses("text-save")).click();

        assertThat(body.getErrorMessage()).isEqualTo(t("messages.admin.error.textLink"));
        assertThat(body.getValue()).isEqualTo("{center} : ticket {number}, c'est bientôt.");
        assertThat(messaging.text(MessageKind.NEAR, HubLanguage.FRENCH)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anSmppProviderWithoutServerOrWithALongPasswordIsRefusedBesideTheFieldsAndWhatWasTypedStays() {
        open("admin/messages");
        long before = messaging.settings().version();
        AdminScreenTest.<GatewaySettings.Kind>select(t("messages.admin.kind")).setValue(GatewaySettings.Kind.SMPP);
        textField(t("messages.admin.systemId")).setValue("hub");
        passwordField(t("messages.admin.password")).setValue("much-too-long");
        textField(t("messages.admin.senderId")).setValue("CentreSoc");
        _get(Button.class, s -> s.withClasses("gateway-save")).click();

        assertThat(textField(t("messages.admin.host")).isInvalid()).isTrue();
        assertThat(passwordField(t("messages.admin.password")).getErrorMessage()).isEqualTo(t("messages.admin.error.passwordLength"));
        assertThat(textField(t("messages.admin.senderId")).getValue()).isEqualTo("CentreSoc");
        assertThat(messaging.settings().version()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anArabicTextOneLetterOverSeventyShowsThatItCostsTwoMessages() {
        open("admin/messages");
        _get(TabSheet.class).setSelectedIndex(1);
        AdminScreenTest.<MessageKind>select(t("messages.admin.text.kind")).setValue(MessageKind.NEAR);
        AdminScreenTest.<HubLanguage>select(t("messages.admin.text.language")).setValue(HubLanguage.ARABIC);
        TextArea body = _get(TextArea.class, s -> s.withClasses("text-body"));
        assertThat(body.getElement().getAttribute("dir")).isEqualTo("rtl");

        body.setValue("د".repeat(70));
        assertThat(_get(Paragraph.class, s -> s.withClasses("text-cost")).getElement().getAttribute("data-parts")).isEqualTo("1");
        body.setValue("د".repeat(71));
        assertThat(_get(Paragraph.class, s -> s.withClasses("text-cost")).getElement().getAttribute("data-parts")).isEqualTo("2");
        assertThat(messaging.text(MessageKind.NEAR, HubLanguage.ARABIC)).as("nothing saved until Save").isNotEqualTo("د".repeat(71));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMessageGivenUpIsListedWithItsReasonAndSentAgainWithOneClick() {
        long center = fixtures.center();
        long service = fixtures.service('Q');
        fixtures.counter(center, "1", service);
        long ticket = ((ma.socialhub.ticketing.IssueResult.Issued) tickets.issue(center, service,
                ma.socialhub.ticketing.PriorityClass.STANDARD, HubLanguage.FRENCH)).ticket().id();
        long subscription = fixtures.jdbc().sql("""
                INSERT INTO message_subscription (center_id, day, language, page_url, link_token, source, created_at, forget_after,
                                                  booking_id, ticket_id)
                VALUES (?, current_date, 'fr', 'https://hub.example.ma/m/x', left(md5(random()::text), 22), 'KIOSK', now(), now(),
                        NULL, ?)
                RETURNING id
                """).params(center, ticket).query(Long.class).single();
        long dead = fixtures.jdbc().sql("""
                INSERT INTO message_outbox (subscription_id, center_id, kind, dedupe_key, body, parts, state, attempts, not_before,
                                            expires_at, created_at, last_error)
                VALUES (?, ?, 'NEAR', ?, 'Ticket A-001', 1, 'DEAD', 8, ?, ?, ?, 'ESME_RINVDSTADR') RETURNING id
                """).params(subscription, center, unique("DEAD"), Timestamp.from(now), Timestamp.from(now.plusSeconds(600)),
                Timestamp.from(now)).query(Long.class).single();
        open("admin/messages");
        _get(TabSheet.class).setSelectedIndex(2);

        Grid<DeadMessage> grid = _get(Grid.class, s -> s.withClasses("messages-dead"));
        int row = GridKt._findAll(grid).stream().map(DeadMessage::id).toList().indexOf(dead);
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, row)).contains("ESME_RINVDSTADR");
        ((Button) GridKt._getCellComponent(grid, row, "retry")).click();

        assertThat(fixtures.jdbc().sql("SELECT state FROM message_outbox WHERE id = ?").param(dead).query(String.class).single())
                .isEqualTo("QUEUED");
    }
}
