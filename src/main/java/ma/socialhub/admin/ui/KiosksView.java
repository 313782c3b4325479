package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.security.Roles;
import ma.socialhub.kiosk.KioskAdmin;

/**
 * The kiosks: each configured one (its file in kiosk-config), whether it is registered and when it
 * was last seen, the files refused and why; and a new secret for one, shown once.
 */
@Route(value = "admin/kiosks", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class KiosksView extends VerticalLayout implements HasDynamicTitle {

    private final KioskAdmin admin;
    private final Grid<KioskAdmin.KioskStatus> grid = new Grid<>();

    public KiosksView(KioskAdmin admin, HubZone hubZone) {
        this.admin = admin;
        addClassName("admin-kiosks");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(hubZone.zone());
        grid.addColumn(KioskAdmin.KioskStatus::kioskId).setHeader(getTranslation("admin.kiosk.id")).setAutoWidth(true);
        grid.addColumn(k -> k.config() == null ? getTranslation("admin.kiosk.noFile") : k.config().centerCode())
                .setHeader(getTranslation("admin.kiosk.center"));
        grid.addColumn(k -> k.lastSeenAt() == null ? getTranslation("admin.kiosk.never") : when.format(k.lastSeenAt()))
                .setHeader(getTranslation("admin.kiosk.lastSeen"));
        grid.addColumn(k -> k.rotatedAt() == null ? "" : when.format(k.rotatedAt())).setHeader(getTranslation("admin.kiosk.rotated"));
        grid.addComponentColumn(k -> {
            Button rotate = new Button(getTranslation(k.registered() ? "admin.kiosk.rotate" : "admin.kiosk.register"),
                    e -> rotate(k.kioskId()));
            rotate.addClassName("kiosk-rotate");
            rotate.setEnabled(k.config() != null);
            Button code = new Button(getTranslation("admin.kiosk.code"), e -> registrationCode(k.kioskId()));
            code.addClassName("kiosk-code");
            code.setEnabled(k.config() != null);
            return new HorizontalLayout(code, rotate);
        }).setKey("actions");
        grid.addClassName("admin-kiosks-grid");
        add(new H2(getTranslation("admin.nav.kiosks")), new Paragraph(getTranslation("admin.kiosk.explain")), grid);
        grid.setItems(admin.kiosks());
        List<KioskAdmin.RefusedFile> refused = admin.refused();
        if (!refused.isEmpty()) {
            add(new H3(getTranslation("admin.kiosk.refused")));
            refused.forEach(file -> add(new Pre(String.join("\n", file.problems()))));
        }
    }

    private void rotate(String kioskId) {
        admin.newCredential(kioskId).ifPresentOrElse(credential -> {
            KioskSecretDialog.credential(kioskId, credential).open();
            grid.setItems(admin.kiosks());
        }, this::gone);
    }

    private void registrationCode(String kioskId) {
        admin.registrationCode(kioskId).ifPresentOrElse(code -> {
            KioskSecretDialog.registrationCode(kioskId, code).open();
            grid.setItems(admin.kiosks());
        }, this::gone);
    }

    /** The kiosk's file was removed or refused since the list was shown: say so, and show the list as it is now. */
    private void gone() {
        Problems.warn("admin.kiosk.gone");
        grid.setItems(admin.kiosks());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.kiosks");
    }
}
