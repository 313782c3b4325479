package ma.socialhub.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ma.socialhub.kiosk.KioskAdmin;
import ma.socialhub.kiosk.KioskDevices;
import ma.socialhub.kiosk.KioskRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The kiosks screen. Kiosks are files, not forms: an administrator makes a registration code or a
 * new secret, each shown once and in the change log, and reads why a file was refused.
 */
class KiosksViewTest extends AdminScreenTest {

    static final Path FOLDER = Path.of("target", "test-kiosk-config");

    @Autowired KioskDevices devices;
    @Autowired KioskRegistry registry;

    String kioskId;
    String demoCredential;
    Path refusedFile;

    @BeforeEach
    void aKioskOfANewCenter() {
        demoCredential = fixtures.kiosk(fixtures.center());
        kioskId = demoCredential.substring(0, demoCredential.indexOf('.'));
        refusedFile = FOLDER.resolve("refused-" + suffix + ".properties");
    }

    @AfterEach
    void removeTheRefusedFile() throws IOException {
        if (Files.deleteIfExists(refusedFile)) {
            registry.reload();
        }
    }

    @Test
    void aRegistrationCodeIsShownOnceWorksForThatKioskAndIsInTheChangeLog() {
        open("admin/kiosks");
        assertThat(GridKt._getFormattedRow(grid(), row()).subList(0, 4))
                .containsExactly(kioskId, kioskId.substring(0, kioskId.lastIndexOf("-k")), t("admin.kiosk.never"), "");
        clickInRow(t("admin.kiosk.code"));

        assertThat(dialog().getHeaderTitle()).isEqualTo(t("admin.kiosk.code"));
        assertThat(_get(dialog(), Paragraph.class).getText()).isEqualTo(t("admin.kiosk.code.explain", "kiosk", kioskId));
        String code = _get(dialog(), Pre.class).getText();
        assertThat(devices.kioskOfCode(code)).contains(kioskId);
        click(t("kiosk.done"));
        expectNoDialog();
        assertThat(changeLogLine(t("admin.entity.kiosk_device"), kioskId, t("admin.action.REGISTRATION_CODE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.kiosk_device"), kioskId, t("admin.action.REGISTRATION_CODE"));
    }

    @Test
    void aNewSecretReplacesTheOldOneAtOnceAndIsInTheChangeLog() {
        open("admin/kiosks");
        clickInRow(t("admin.kiosk.rotate"));

        assertThat(dialog().getHeaderTitle()).isEqualTo(t("admin.kiosk.credential"));
        String credential = _get(dialog(), Pre.class).getText();
        assertThat(devices.verify(credential)).contains(kioskId);
        assertThat(devices.verify(demoCredential)).as("the old secret").isEmpty();
        click(t("kiosk.done"));
        assertThat(GridKt._getFormattedRow(grid(), row()).get(3))
                .isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(hubZone.zone()).format(now));
        assertThat(changeLogLine(t("admin.entity.kiosk_device"), kioskId, t("admin.action.ROTATE")))
                .containsExactly(nowAsShown(), admin, t("admin.entity.kiosk_device"), kioskId, t("admin.action.ROTATE"));
    }

    @Test
    void aKioskWhoseFileWentAwayMeanwhileGetsNothingAndTheScreenSaysWhy() throws IOException {
        open("admin/kiosks");
        Files.delete(FOLDER.resolve(kioskId + ".properties"));
        registry.reload();
        clickInRow(t("admin.kiosk.code"));

        expectNotifications(t("admin.kiosk.gone"));
        expectNoDialog();
        assertThat(GridKt._getFormattedRow(grid(), row()).get(1)).isEqualTo(t("admin.kiosk.noFile"));
        assertThat(count("SELECT count(*) FROM admin_change WHERE entity = 'kiosk_device' AND entity_id = ?", kioskId)).isZero();
    }

    @Test
    void aRefusedFileIsListedWithItsProblemAndItsKioskCannotBeRegistered() throws IOException {
        Files.write(refusedFile, List.of("kiosk-id = refused-" + suffix, "center = nowhere-" + suffix));
        registry.reload();
        open("admin/kiosks");

        assertThat(_get(H3.class).getText()).isEqualTo(t("admin.kiosk.refused"));
        assertThat(_find(Pre.class).stream().map(Pre::getText))
                .contains(refusedFile + ":2: no active center has the code 'nowhere-" + suffix + "'");
        Grid<KioskAdmin.KioskStatus> kiosks = grid();
        assertThat(kiosks.getListDataView().getItems().map(KioskAdmin.KioskStatus::kioskId)).doesNotContain("refused-" + suffix);
    }

    private int row() {
        return rowOf(grid(), (KioskAdmin.KioskStatus k) -> k.kioskId().equals(kioskId));
    }

    /** Clicks the button of this test's kiosk's line that reads {@code text}. */
    private void clickInRow(String text) {
        Component actions = GridKt._getCellComponent(grid(), row(), "actions");
        Button button = _get(actions, Button.class, s -> s.withText(text));
        assertThat(button.isEnabled()).isTrue();
        button.click();
    }
}
