package ma.socialhub.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.intake.AccessAlerts;
import ma.socialhub.intake.AccessAlerts.AccessAlert;

/**
 * Alerts about access to people's files in the supervisor's centers (every center for an
 * administrator): files brought from another center, agents searching far more than a counter
 * does, ID card numbers typed with another birth date. A person is named by their file number
 * only; the administrator follows it in the trail. Each alert can be marked as seen.
 */
@Route(value = "supervision/alerts", layout = SupervisionLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class AccessAlertsView extends VerticalLayout implements HasDynamicTitle {

    private final AccessAlerts alerts;
    private final Grid<AccessAlert> grid = new Grid<>();
    private final Checkbox unseenOnly = new Checkbox();

    public AccessAlertsView(AccessAlerts alerts, HubZone hubZone) {
        this.alerts = alerts;
        addClassName("access-alerts");
        HubLanguage language = HubLanguage.orDefault(getLocale());
        // the alerts come from many centers: one column of times, in the hub's zone, sorts as it reads
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(hubZone.zone());
        grid.addColumn(a -> when.format(a.at())).setHeader(getTranslation("alerts.at")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("alerts.kind." + a.kind().name())).setHeader(getTranslation("alerts.kind"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.username().isEmpty() ? "" : a.staffName() + " (" + a.username() + ")").setHeader(getTranslation("alerts.staff")).setFlexGrow(2);
        grid.addColumn(a -> a.center().in(language)).setHeader(getTranslation("alerts.center")).setFlexGrow(2);
        grid.addColumn(a -> a.beneficiaryId() == null ? "" : "#" + a.beneficiaryId()).setHeader(getTranslation("alerts.person"))
                .setAutoWidth(true);
        grid.addColumn(this::detail).setHeader(getTranslation("alerts.detail")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Button seen = new Button(getTranslation("alerts.markSeen"), e -> {
                alerts.markSeen(a.id());
                refresh();
            });
            seen.addClassName("alert-seen");
            seen.setVisible(!a.seen());
            return seen;
        }).setKey("seen").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("alerts.none"));
        grid.addClassName("access-alerts-grid");
        unseenOnly.setLabel(getTranslation("alerts.unseenOnly"));
        unseenOnly.setValue(true);
        unseenOnly.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("alerts.title")), new Paragraph(getTranslation("alerts.explain")), unseenOnly, grid);
        refresh();
    }

    private String detail(AccessAlert alert) {
        return switch (alert.kind()) {
            case FILE_TRANSFER, FILE_TAKEN -> getTranslation("intake.transfer.reason." + alert.detail());
            case SEARCH_VOLUME, SEARCH_LIMIT -> alert.detail().startsWith("searches=")
                    ? getTranslation("alerts.searches", Map.of("count", alert.detail().substring(9))) : alert.detail();
            case CARD_MISMATCH -> getTranslation("alerts.cardMismatch." + alert.detail());
        };
    }

    private void refresh() {
        grid.setItems(alerts.mine(unseenOnly.getValue(), 500));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title");
    }
}
