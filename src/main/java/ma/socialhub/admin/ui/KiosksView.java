package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
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

    public KiosksView(KioskAdmin admin) {
        this.admin = admin;
        addClassName("admin-kiosks");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Africa/Casablanca"));
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
            return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(code, rotate);
        });
        grid.addClassName("admin-kiosks-grid");
        add(new H2(getTranslation("admin.nav.kiosks")), new Paragraph(getTranslation("admin.kiosk.explain")), grid);
        grid.setItems(admin.kiosks());
        var refused = admin.refused();
        if (!refused.isEmpty()) {
            add(new H3(getTranslation("admin.kiosk.refused")));
            refused.forEach(file -> add(new Pre(String.join("\n", file.problems()))));
        }
    }

    private void rotate(String kioskId) {
        admin.newCredential(kioskId).ifPresentOrElse(credential -> {
            Dialog dialog = new Dialog();
            dialog.addClassName("kiosk-credential-dialog");
            dialog.setHeaderTitle(getTranslation("admin.kiosk.credential"));
            Pre key = new Pre(credential);
            key.addClassName("kiosk-credential");
            dialog.add(new Paragraph(getTranslation("admin.kiosk.credential.explain", Map.of("kiosk", kioskId))), key);
            dialog.getFooter().add(new Button(getTranslation("kiosk.done"), e -> dialog.close()));
            dialog.open();
            grid.setItems(admin.kiosks());
        }, () -> Problems.warn("counter.stepRefused"));
    }

    private void registrationCode(String kioskId) {
        admin.registrationCode(kioskId).ifPresentOrElse(code -> {
            Dialog dialog = new Dialog();
            dialog.addClassName("kiosk-code-dialog");
            dialog.setHeaderTitle(getTranslation("admin.kiosk.code"));
            Pre shown = new Pre(code);
            shown.addClassName("kiosk-registration-code-shown");
            dialog.add(new Paragraph(getTranslation("admin.kiosk.code.explain", Map.of("kiosk", kioskId))), shown);
            dialog.getFooter().add(new Button(getTranslation("kiosk.done"), e -> dialog.close()));
            dialog.open();
            grid.setItems(admin.kiosks());
        }, () -> Problems.warn("counter.stepRefused"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.kiosks");
    }
}
