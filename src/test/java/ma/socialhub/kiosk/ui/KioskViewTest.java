package ma.socialhub.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.SearchSpecJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import ma.socialhub.kiosk.KioskAdmin;
import ma.socialhub.messaging.GatewaySettings;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.ui.Isolated;
import ma.socialhub.support.KaribuTest;
import ma.socialhub.ticketing.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class KioskViewTest extends KaribuTest {

    @Autowired Tickets tickets;
    @Autowired KioskAdmin kioskAdmin;

    long center;
    String code;
    String credential;

    @BeforeEach
    void center() {
        center = fixtures.center();
        code = fixtures.code(center);
        fixtures.counter(center, "1", fixtures.service('A'), fixtures.service('B'));
        credential = fixtures.kiosk(center);
    }

    /** Opens the kiosk as it is set up: a browser that holds its device credential (as its registration left it). */
    private void openKiosk(String kioskCredential) {
        KioskCredential.remember(kioskCredential);
        UI.getCurrent().navigate("kiosk/" + code);
    }

    private FakeRequest request() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }

    private void typeCode(String typed) {
        _get(TextField.class, s -> s.withClasses("kiosk-registration-code")).setValue(typed);
        _click(_get(Button.class, s -> s.withClasses("kiosk-register")));
    }

    @Test
    void aRegistrationCodeTypedOnTheKioskOpensItOnceWithANewSecret() {
        String kioskId = credential.substring(0, credential.indexOf('.'));
        String registrationCode = fixtures.asSystem(() -> kioskAdmin.registrationCode(kioskId)).orElseThrow();
        UI.getCurrent().navigate("kiosk/" + code);
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).isEmpty();

        typeCode(registrationCode.toLowerCase().replace("-", " "));

        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).hasSize(4);
        // the screen that held the old secret stops: a registration replaces the device's secret
        setUpAgain();
        openKiosk(credential);
        assertThat(_get(H1.class).getText()).isEqualTo(t("kiosk.notRegistered.title"));
        // and the code is spent
        typeCode(registrationCode);
        assertThat(_get(TextField.class, s -> s.withClasses("kiosk-registration-code")).getErrorMessage())
                .isEqualTo(t("kiosk.register.wrong"));
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).isEmpty();
    }

    @Test
    void aCodeMadeForAnotherCentersKioskOpensNothingHereAndStaysValidThere() {
        long otherCenter = fixtures.center();
        fixtures.counter(otherCenter, "1", fixtures.service('A'));
        String other = fixtures.kiosk(otherCenter);
        String otherCode = fixtures.asSystem(() -> kioskAdmin.registrationCode(other.substring(0, other.indexOf('.')))).orElseThrow();
        UI.getCurrent().navigate("kiosk/" + code);
        typeCode(otherCode);
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).isEmpty();

        setUpAgain();
        UI.getCurrent().navigate("kiosk/" + fixtures.code(otherCenter));
        typeCode(otherCode);
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).hasSize(4);
    }

    @Test
    void fiveWrongCodesCloseTheFieldForThisBrowser() {
        UI.getCurrent().navigate("kiosk/" + code);
        for (int i = 0; i < KioskNotRegistered.MAX_WRONG_CODES; i++) {
            typeCode("AAAA-BBBB-" + i + "C");
        }
        assertThat(_get(TextField.class, s -> s.withClasses("kiosk-registration-code")).isEnabled()).isFalse();
        UI.getCurrent().refreshCurrentRoute(false);
        assertThat(_get(Button.class, s -> s.withClasses("kiosk-register")).isEnabled()).isFalse();
    }

    @Test
    void aSecretInTheAddressOpensNothing() {
        // secrets in addresses end up in proxy logs and browser histories: the kiosk never reads one
        UI.getCurrent().navigate("kiosk/" + code, QueryParameters.of("key", credential));
        assertThat(_get(H1.class).getText()).isEqualTo(t("kiosk.notRegistered.title"));
    }

    @Test
    void aCredentialInTheKiosksHeaderOpensItAndABogusOneNeverReplacesAGoodCookie() {
        request().getHeaders().put(KioskCredential.HEADER, List.of(credential));
        UI.getCurrent().navigate("kiosk/" + code);
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).hasSize(4);

        setUpAgain();
        request().addCookie(new Cookie(KioskCredential.COOKIE, credential));
        request().getHeaders().put(KioskCredential.HEADER, List.of(credential + "-forged"));
        UI.getCurrent().navigate("kiosk/" + code);
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).hasSize(4);
        assertThat(VaadinSession.getCurrent().getAttribute("hub.kioskCredential")).isEqualTo(credential);
    }

    @Test
    void theWelcomeOffersTheFourLanguagesEachWrittenInItselfWithTheDefaultOneMarked() {
        openKiosk(fixtures.kiosk(center, "default-language = fr"));
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).extracting(b -> b.getAriaLabel().orElse(""))
                .containsExactly("العربية", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "Français", "English");
        assertThat(_get(Button.class, s -> s.withClasses("default-language")).getAriaLabel()).contains("Français");
        assertThat(_get(H2.class).getText()).isEqualTo("Bienvenue. Choisissez votre langue");
    }

    @Test
    void aNumberTypedOnThePadIsCheckedThenFollowsTheTicketAndIsNeverSaidAloud() {
        smsProvider(GatewaySettings.Kind.HTTP);
        try {
            openKiosk(credential);
            _click(_get(Button.class, tile("language-tile", HubLanguage.FRENCH.nativeName())));
            _click(_get(Button.class, s -> s.withClasses("service-tile")
                    .withPredicate(b -> b.getAriaLabel().orElse("").endsWith(" A"))));
            _click(_get(Button.class, s -> s.withClasses("priority-none")));
            _click(_get(Button.class, s -> s.withClasses("kiosk-sms")));

            type("0512345678");
            assertThat(_get(Paragraph.class, s -> s.withClasses("kiosk-sms-problem")).getText()).isEqualTo(t("phone.sms.invalid"));

            String number = "061" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
            type(number);
            assertThat(_get(Paragraph.class, s -> s.withClasses("kiosk-sms-done")).getText()).contains(number.substring(8))
                    .doesNotContain(number.substring(2, 8));
            assertThat(spoken()).as("the pad says how many digits, never which").noneMatch(said -> said.matches("\\d\\|.*"))
                    .noneMatch(said -> said.contains(number.substring(8)));
            assertThat(_find(Button.class, s -> s.withClasses("kiosk-sms"))).as("followed already").isEmpty();
        } finally {
            smsProvider(GatewaySettings.Kind.NONE);
        }
    }

    private void type(String digits) {
        for (char digit : digits.toCharArray()) {
            _click(_get(Button.class, s -> s.withClasses("code-key").withText(String.valueOf(digit))));
        }
    }

    @ParameterizedTest
    @EnumSource(HubLanguage.class)
    void inEveryLanguageThreeTapsGiveATicketSpokenInThatLanguage(HubLanguage language) {
        openKiosk(credential);
        _click(_get(Button.class, tile("language-tile", language.nativeName())));
        assertThat(_get(H2.class).getText()).isEqualTo(t("kiosk.chooseService"));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(language.locale());

        _click(_get(Button.class, s -> s.withClasses("service-tile")
                .withPredicate(b -> b.getAriaLabel().orElse("").endsWith(" A"))));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));
        List<String> said = spoken();

        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("A-001");
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText()).isEqualTo(t("kiosk.ticket.nobodyAhead"));
        assertThat(said).anySatisfy(text -> assertThat(text).contains("A 1").endsWith("|" + language.tag()));
    }

    @Test
    void theTicketCarriesAQrCodeThatOpensItAndAnEstimatedWait() {
        takeTicket("Français", "Service A");
        Image qr = _get(Image.class, s -> s.withClasses("qr-code"));
        assertThat(qr.getSrc()).startsWith("data:image/png;base64,");
        String qrUrl = qr.getElement().getAttribute("data-qr");
        assertThat(tickets.byLink(qrUrl.substring(qrUrl.indexOf("/t/") + 3))).map(t -> t.number().toString()).contains("A-001");
        // (0 ahead + ½) × 10 min ÷ 1 open counter = 5 → 0 to 10 minutes
        assertThat(_get(Span.class, s -> s.withClasses("wait-estimate")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("wait.range", Map.of("from", 0, "to", 10)));
    }

    @Test
    void theTicketIsPrintedRightAwayCanBePrintedAgainAndListsTheDocumentsToBring() {
        fixtures.jdbc().sql("UPDATE social_service SET documents_fr = E'Carte nationale\\nCertificat médical' WHERE letter = 'A'")
                .update();
        openKiosk(credential);
        _click(_get(Button.class, tile("language-tile", "Français")));
        _click(_get(Button.class, tile("service-tile", "Service A")));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));
        assertThat(scripts()).anyMatch(js -> js.contains("window.print()"));

        assertThat(_find(ListItem.class)).extracting(li -> li.getText())
                .containsExactly("Carte nationale", "Certificat médical");
        _click(_get(Button.class, s -> s.withClasses("kiosk-print")));
        assertThat(scripts()).anyMatch(js -> js.contains("window.print()"));
        assertThat(tickets.waitingCounts(center)).containsEntry(fixtures.service('A'), 1); // printing twice issues nothing
        fixtures.jdbc().sql("UPDATE social_service SET documents_fr = '' WHERE letter = 'A'").update();
    }

    @Test
    void theSecondCitizenSeesOnePersonAhead() {
        takeTicket("Français", "Service B");
        _click(_get(Button.class, s -> s.withClasses("kiosk-done")));
        takeTicket("Français", "Service B");
        assertThat(_get(Isolated.class, s -> s.withClasses("ticket-number")).getText()).isEqualTo("B-002");
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText())
                .isEqualTo(t("kiosk.ticket.peopleAhead", "count", 1));
    }

    @Test
    void everyStepHasAWayBackAndGoingBackIssuesNothing() {
        openKiosk(credential);
        _click(_get(Button.class, tile("language-tile", "English")));
        _click(_get(Button.class, tile("service-tile", "Service A")));
        _click(_get(Button.class, s -> s.withClasses("kiosk-back")));
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).hasSize(2);
        _click(_get(Button.class, s -> s.withClasses("kiosk-back")));
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).hasSize(4);
        assertThat(tickets.waitingCounts(center)).isEmpty();
    }

    @Test
    void eachPriorityReasonHasItsOwnPictogramTileAndGivesPriority() {
        takeTicket("English", "Service A");
        _click(_get(Button.class, s -> s.withClasses("kiosk-done")));
        _click(_get(Button.class, tile("language-tile", "English")));
        _click(_get(Button.class, tile("service-tile", "Service A")));
        assertThat(_find(Button.class, s -> s.withClasses("priority-yes"))).extracting(b -> b.getAriaLabel().orElse(""))
                .containsExactly("Person with a disability", "Elderly person", "Pregnant woman", "With a baby");
        _click(_get(Button.class, tile("priority-yes", "Elderly person")));
        assertThat(_get(Span.class, s -> s.withClasses("ticket-ahead")).getText()).isEqualTo(t("kiosk.ticket.nobodyAhead"));
    }

    @Test
    void theSpeakerReadsATileAloudWithoutChoosingIt() {
        openKiosk(credential);
        _click(_get(Button.class, tile("language-tile", "العربية")));
        spoken();
        Button speaker = _get(Button.class, s -> s.withClasses("kiosk-listen")
                .withPredicate(b -> b.getAriaLabel().orElse("").endsWith("خدمة A")));
        _click(speaker);
        assertThat(spoken()).containsExactly("خدمة A|ar");
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).hasSize(2);
    }

    @Test
    void afterIdleTheKioskShowsTheWelcomeInItsDefaultLanguageWithNothingOfTheLastTicket() {
        takeTicket("English", "Service A");
        _get(KioskView.class).returnToWelcome();
        assertThat(_find(Isolated.class, s -> s.withClasses("ticket-number"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).hasSize(4);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(HubLanguage.ARABIC.locale());
    }

    @Test
    void aBrowserWithoutAValidKioskCredentialGetsNoTilesAndNoTicket() {
        UI.getCurrent().navigate("kiosk/" + code);
        assertThat(_get(H1.class).getText()).isEqualTo(t("kiosk.notRegistered.title"));
        openKiosk(credential + "x");
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).isEmpty();
        long otherCenter = fixtures.center();
        fixtures.counter(otherCenter, "1", fixtures.service('A'));
        openKiosk(fixtures.kiosk(otherCenter)); // another center's kiosk at this center's address
        assertThat(_get(H1.class).getText()).isEqualTo(t("kiosk.notRegistered.title"));
    }

    @Test
    void theKioskShowsOnlyItsServicesAndLanguagesInTheOrderOfItsFile() {
        openKiosk(fixtures.kiosk(center, "services = B, A", "languages = fr, ar", "default-language = ar"));
        assertThat(_find(Button.class, s -> s.withClasses("language-tile"))).extracting(b -> b.getAriaLabel().orElse(""))
                .containsExactly("Français", "العربية");
        _click(_get(Button.class, tile("language-tile", "Français")));
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).extracting(b -> b.getAriaLabel().orElse(""))
                .containsExactly("Service B", "Service A");
    }

    @Test
    void aKioskPastItsRateLimitSaysSoKindlyAndIssuesNothingMore() {
        openKiosk(fixtures.kiosk(center, "tickets-per-minute = 1", "printing = false"));
        _click(_get(Button.class, tile("language-tile", "Français")));
        _click(_get(Button.class, tile("service-tile", "Service A")));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));
        _click(_get(Button.class, s -> s.withClasses("kiosk-done")));
        _click(_get(Button.class, tile("language-tile", "Français")));
        _click(_get(Button.class, tile("service-tile", "Service A")));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));
        NotificationsKt.expectNotifications(t("kiosk.rateLimited"));
        assertThat(tickets.waitingCounts(center)).containsEntry(fixtures.service('A'), 1);
    }

    @Test
    void anUnknownCenterShowsAClearTranslatedPage() {
        UI.getCurrent().navigate("kiosk/no-such-center");
        assertThat(_get(H1.class).getText()).isEqualTo(t("center.notFound.title"));
        assertThat(_find(Button.class, s -> s.withClasses("service-tile"))).isEmpty();
    }

    private void takeTicket(String language, String service) {
        openKiosk(credential);
        _click(_get(Button.class, tile("language-tile", language)));
        _click(_get(Button.class, tile("service-tile", service)));
        _click(_get(Button.class, s -> s.withClasses("priority-none")));
    }

    private static List<String> scripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression()).toList();
    }

    /** A tile, found as a screen reader finds it: by its spoken label. */
    private static Consumer<SearchSpecJ<Button>> tile(String style, String label) {
        return s -> s.withClasses(style).withPredicate(b -> b.getAriaLabel().orElse("").equals(label));
    }

    /**
     * What the kiosk asked the browser to say since the last look-up, as "text|language". Karibu's
     * look-ups ({@code _get}, {@code _find}) play a client round trip that sends pending scripts,
     * so this is read right after the tap.
     */
    private static List<String> spoken() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("hubSay"))
                .map(i -> (String) (i.getInvocation().getParameters().get(0) + "|" + i.getInvocation().getParameters().get(1)))
                .toList();
    }
}
