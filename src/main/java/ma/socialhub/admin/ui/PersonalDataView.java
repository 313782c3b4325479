package ma.socialhub.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.ui.DateFields;
import ma.socialhub.intake.AccessDetail;
import ma.socialhub.intake.Beneficiary;
import ma.socialhub.intake.BeneficiarySummary;
import ma.socialhub.intake.PersonalDataAdmin;
import ma.socialhub.privacy.PersonalDataRequests;

/**
 * Personal data under law 09-08: answer a person's request (find them, export everything the hub
 * holds on them as JSON or PDF, erase their file), and search the trail of who looked at whose
 * data. Every one of these acts is itself audited.
 */
@Route(value = "admin/personal-data", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class PersonalDataView extends VerticalLayout implements HasDynamicTitle {

    private static final Set<String> SCREENS = Set.of("counter", "referrals", "partner", "admin", "home");

    private final PersonalDataAdmin personalData;
    private final PersonalDataRequests requests;
    private final Div person = new Div();
    private final ZoneId zone;

    public PersonalDataView(PersonalDataAdmin personalData, PersonalDataRequests requests, HubZone hubZone) {
        this.personalData = personalData;
        this.requests = requests;
        this.zone = hubZone.zone();
        addClassName("admin-personal-data");
        add(new H2(getTranslation("admin.nav.personalData")), new H3(getTranslation("privacy.request.title")),
                new Paragraph(getTranslation("privacy.request.explain")));
        TextField query = new TextField();
        query.setPlaceholder(getTranslation("intake.search.placeholder"));
        query.addClassName("privacy-search-field");
        Div results = new Div();
        Button search = new Button(getTranslation("intake.search.go"), VaadinIcon.SEARCH.create(), e -> {
            results.removeAll();
            List<BeneficiarySummary> found = personalData.search(query.getValue());
            if (found.isEmpty()) {
                results.add(new Paragraph(getTranslation("intake.search.none")));
            }
            HubLanguage language = HubLanguage.orDefault(getLocale());
            for (BeneficiarySummary hit : found) {
                Button open = new Button((hit.nameAr() + " " + hit.nameLatin()).strip() + " · "
                        + (hit.birthYear() == null ? "" : hit.birthYear()) + " · " + hit.registeredCenter().in(language),
                        ev -> show(hit.id()));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                open.addClassName("privacy-person");
                results.add(open);
            }
        });
        search.addClassName("privacy-search");
        HorizontalLayout bar = new HorizontalLayout(query, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        person.addClassName("privacy-file");
        add(bar, results, person, accessLog());
    }

    private void show(long id) {
        person.removeAll();
        Beneficiary file = personalData.file(id).orElse(null);
        if (file == null) {
            person.add(new Paragraph(getTranslation("privacy.gone")));
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(zone);
        person.add(new H3(file.displayName() + " · #" + id));
        personalData.consents(id).forEach(c -> person.add(new Paragraph(day.format(c.recordedAt()) + " · " + getTranslation("privacy.consent." + c.decision()) + " · "
                + c.scopes().stream().sorted().map(s -> getTranslation("intake.consent.short." + s.name())).collect(Collectors.joining(", "))
                + " · " + c.byName())));
        String language = HubLanguage.orDefault(getLocale()).tag();
        Anchor json = new Anchor(download(() -> requests.json(id), "person-" + id + ".json", "application/json"),
                getTranslation("privacy.export.json"));
        json.addClassName("privacy-export-json");
        Anchor pdf = new Anchor(download(() -> requests.pdf(id, language), "person-" + id + ".pdf", "application/pdf"),
                getTranslation("privacy.export.pdf"));
        pdf.addClassName("privacy-export-pdf");
        Button erase = new Button(getTranslation("privacy.erase"), VaadinIcon.ERASER.create(), e -> new ErasureDialog(personalData, id, () -> show(id)).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClassName("privacy-erase");
        HorizontalLayout actions = new HorizontalLayout(json, pdf, erase);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        person.add(actions);
    }

    /**
     * A download made by this screen. The browser fetches it in a request of its own, outside the
     * screen's UI: the UI is made current for the export so that the audit trail names this screen.
     */
    private static DownloadHandler download(Supplier<Optional<byte[]>> export, String fileName, String type) {
        return DownloadHandler.fromInputStream(event -> {
            UI previous = UI.getCurrent();
            UI.setCurrent(event.getUI());
            try {
                return export.get().map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length))
                        .orElseGet(() -> DownloadResponse.error(404));
            } finally {
                UI.setCurrent(previous);
            }
        });
    }

    private Div accessLog() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(zone);
        IntegerField personId = new IntegerField(getTranslation("privacy.log.person"));
        TextField username = new TextField(getTranslation("login.username"));
        Select<String> action = new Select<>();
        action.setLabel(getTranslation("admin.changes.action"));
        action.setItems(List.of("SEARCH", "READ", "CREATE", "UPDATE", "CONSENT", "EXPORT", "ERASE", "ANONYMISE"));
        action.setEmptySelectionAllowed(true);
        action.setItemLabelGenerator(a -> a == null ? getTranslation("admin.changes.all") : getTranslation("privacy.action." + a));
        action.setEmptySelectionCaption(getTranslation("admin.changes.all"));
        action.setPlaceholder(getTranslation("admin.changes.all"));
        DatePicker from = DateFields.localized(new DatePicker(getTranslation("privacy.log.from")), getLocale());
        DatePicker to = DateFields.localized(new DatePicker(getTranslation("privacy.log.to")), getLocale());
        Grid<PersonalDataAdmin.AccessEntry> grid = new Grid<>();
        grid.addColumn(a -> when.format(a.at())).setHeader(getTranslation("admin.changes.at")).setAutoWidth(true);
        grid.addColumn(PersonalDataAdmin.AccessEntry::staff).setHeader(getTranslation("admin.changes.by")).setAutoWidth(true);
        grid.addColumn(a -> a.beneficiaryId() == null ? "" : "#" + a.beneficiaryId()).setHeader(getTranslation("privacy.log.person"));
        grid.addColumn(a -> getTranslation("privacy.action." + a.action())).setHeader(getTranslation("admin.changes.action"));
        grid.addColumn(a -> screenName(a.screen())).setHeader(getTranslation("privacy.log.screen"));
        grid.addColumn(a -> AccessDetail.render(a.action(), a.detail(), this::getTranslation)).setHeader(getTranslation("privacy.log.detail")).setFlexGrow(2);
        grid.addClassName("privacy-log");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("privacy.log.none"));
        Button filter = new Button(getTranslation("intake.search.go"), e -> grid.setItems(personalData.accessLog(
                new PersonalDataAdmin.AccessQuery(personId.getValue() == null ? null : personId.getValue().longValue(),
                        username.getValue(), action.getValue(), from.getValue(), to.getValue()), 1000)));
        filter.addClassName("privacy-log-filter");
        HorizontalLayout filters = new HorizontalLayout(personId, username, action, from, to, filter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        grid.setItems(personalData.accessLog(new PersonalDataAdmin.AccessQuery(null, null, null, null, null), 200));
        Div box = new Div(new H3(getTranslation("privacy.log.title")), filters, grid);
        box.addClassName("privacy-log-box");
        return box;
    }

    /** The screen's name in words; nothing for the system (the nightly retention); another route as recorded. */
    private String screenName(String route) {
        String first = route.split("/")[0];
        return route.isEmpty() ? getTranslation("privacy.screen.system")
                : SCREENS.contains(first) ? getTranslation("privacy.screen." + first) : route;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.personalData");
    }
}
