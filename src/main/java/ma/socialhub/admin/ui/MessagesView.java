package ma.socialhub.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.messaging.DeadMessage;
import ma.socialhub.messaging.MessageFigures;
import ma.socialhub.messaging.MessagingAdmin;

/**
 * SMS to citizens: the provider and the care rules, the texts, and what was sent — per month and
 * center (parts are the bill) — with the messages given up after their retries, which an
 * administrator can send again once the cause is fixed.
 */
@Route(value = "admin/messages", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class MessagesView extends VerticalLayout implements HasDynamicTitle {

    private final MessagingAdmin admin;
    private final Grid<DeadMessage> dead = new Grid<>();
    private final Grid<MessageFigures> figures = new Grid<>();

    public MessagesView(MessagingAdmin admin, Catalog catalog) {
        this.admin = admin;
        addClassName("admin-messages");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        VerticalLayout provider = new VerticalLayout(new GatewayForm(admin), new CenterQuietEditor(admin, catalog),
                new CenterSmsNameEditor(admin, catalog),
                new NearRulesEditor(admin, catalog));
        provider.setPadding(false);
        tabs.add(getTranslation("messages.admin.tab.provider"), provider);
        tabs.add(getTranslation("messages.admin.tab.texts"), new MessageTextsEditor(admin));
        tabs.add(getTranslation("messages.admin.tab.sent"), sent());
        add(new H2(getTranslation("admin.nav.messages")), new Paragraph(getTranslation("messages.admin.explain")), tabs);
    }

    private VerticalLayout sent() {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
        figures.addColumn(f -> f.month().format(month)).setHeader(getTranslation("messages.admin.figures.month")).setAutoWidth(true);
        figures.addColumn(MessageFigures::centerName).setHeader(getTranslation("messages.admin.figures.center")).setFlexGrow(2);
        figures.addColumn(MessageFigures::queued).setHeader(getTranslation("messages.admin.figures.queued"));
        figures.addColumn(MessageFigures::sent).setHeader(getTranslation("messages.admin.figures.sent"));
        figures.addColumn(MessageFigures::delivered).setHeader(getTranslation("messages.admin.figures.delivered"));
        figures.addColumn(MessageFigures::failed).setHeader(getTranslation("messages.admin.figures.failed"));
        figures.addColumn(MessageFigures::parts).setHeader(getTranslation("messages.admin.figures.parts"));
        figures.setAllRowsVisible(true);
        figures.addClassName("messages-figures");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        dead.addColumn(DeadMessage::id).setHeader("#").setAutoWidth(true);
        dead.addColumn(d -> when.format(d.createdAt())).setHeader(getTranslation("messages.admin.dead.created")).setAutoWidth(true);
        dead.addColumn(d -> getTranslation("messages.admin.text.kind." + d.kind().name())).setHeader(getTranslation("messages.admin.text.kind"));
        dead.addColumn(DeadMessage::attempts).setHeader(getTranslation("messages.admin.dead.attempts"));
        dead.addColumn(DeadMessage::lastError).setHeader(getTranslation("messages.admin.dead.reason")).setFlexGrow(2);
        dead.addComponentColumn(d -> {
            Button retry = new Button(getTranslation("messages.admin.dead.retry"), e -> retry(d));
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            retry.addClassName("dead-retry");
            retry.setDisableOnClick(true);
            return retry;
        }).setAutoWidth(true).setKey("retry");
        dead.setAllRowsVisible(true);
        dead.addClassName("messages-dead");
        dead.setEmptyStateText(getTranslation("messages.admin.dead.none"));
        refresh();
        VerticalLayout sent = new VerticalLayout(new H3(getTranslation("messages.admin.figures.title")), figures,
                new H3(getTranslation("messages.admin.dead.title")), dead);
        sent.setPadding(false);
        return sent;
    }

    private void retry(DeadMessage message) {
        if (admin.retry(message.id())) {
            Problems.saved();
        } else {
            Problems.warn("messages.admin.dead.expired");
        }
        refresh();
    }

    private void refresh() {
        figures.setItems(admin.figures(12));
        dead.setItems(admin.dead(100));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.messages");
    }
}
