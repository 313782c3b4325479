package ma.socialhub.base.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What a user sees when an action fails: a database out of reach is "temporarily unavailable, try
 * again", in the user's language; anything else is "that did not work". Never the exception.
 */
class FriendlyErrorsTest extends KaribuTest {

    @Test
    void anActionFailingBecauseTheDatabaseIsOutOfReachSaysTemporarilyUnavailableInTheUsersLanguage() {
        speak(HubLanguage.ARABIC);
        UI.getCurrent().navigate("display/" + fixtures.code(fixtures.center()));
        fail(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 2000ms")));
        expectNotifications("الخدمة غير متاحة مؤقتًا. لم يضِع شيء: يرجى المحاولة مرة أخرى بعد لحظة.");
    }

    @Test
    void anyOtherFailureSaysThatDidNotWorkWithoutItsDetails() {
        UI.getCurrent().navigate("display/" + fixtures.code(fixtures.center()));
        fail(new IllegalStateException("counter 12 has no open session"));
        expectNotifications(t("error.action"));
        assertThat(t("error.action")).doesNotContain("counter 12");
    }

    private static void fail(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }
}
