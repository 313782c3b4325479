package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.Roles;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.Center;
import ma.socialhub.catalog.Province;
import ma.socialhub.catalog.Region;
import ma.socialhub.directory.Directory;
import ma.socialhub.directory.Organization;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.staff.StaffForm;
import ma.socialhub.staff.StaffSummary;
import org.jspecify.annotations.Nullable;

/**
 * Staff accounts: role and scope (an agent's center; a supervisor's center, province, region or
 * the nation; a partner's organization), language, enabled or not; a new password; ending every
 * session of a person.
 */
@Route(value = "admin/staff", layout = AdminLayout.class)
@RolesAllowed(Roles.ADMIN)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final StaffAccounts accounts;
    private final Catalog catalog;
    private final Directory directory;
    private final Grid<StaffSummary> grid = new Grid<>();

    public StaffView(StaffAccounts accounts, Catalog catalog, Directory directory) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.directory = directory;
        addClassName("admin-staff");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Africa/Casablanca"));
        grid.addColumn(StaffSummary::username).setHeader(getTranslation("login.username")).setAutoWidth(true);
        grid.addColumn(StaffSummary::displayName).setHeader(getTranslation("admin.staff.displayName")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("role." + s.role())).setHeader(getTranslation("admin.staff.role"));
        grid.addColumn(this::scope).setHeader(getTranslation("admin.staff.scope")).setFlexGrow(2);
        grid.addColumn(s -> s.lastLoginAt() == null ? "" : when.format(s.lastLoginAt())).setHeader(getTranslation("admin.staff.lastLogin"));
        grid.addColumn(s -> getTranslation(s.enabled() ? "admin.active" : "admin.inactive")).setHeader(getTranslation("admin.state"));
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.addClassName("admin-staff-grid");
        Button add = new Button(getTranslation("admin.staff.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("admin-new");
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("admin.staff.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("staff-filter");
        filter.addValueChangeListener(e -> applyFilter(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(add, filter);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("admin.nav.staff")), bar, grid);
        grid.setItems(accounts.all());
    }

    private String filterText = "";

    /** Thousands of centers mean thousands of accounts: find one by a piece of its username or name. */
    private void applyFilter(String text) {
        filterText = text.strip().toLowerCase(java.util.Locale.ROOT);
        grid.getListDataView().setFilter(s -> filterText.isEmpty() || s.username().contains(filterText)
                || s.displayName().toLowerCase(java.util.Locale.ROOT).contains(filterText));
    }

    private void refresh() {
        grid.setItems(accounts.all());
        applyFilter(filterText);
    }

    private String scope(StaffSummary s) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        if (s.centerId() != null) {
            return catalog.center(s.centerId()).map(c -> c.name().in(language)).orElse("");
        }
        if (s.provinceId() != null) {
            return catalog.provinces().stream().filter(p -> p.id() == s.provinceId()).map(p -> p.name().in(language)).findFirst().orElse("");
        }
        if (s.regionId() != null) {
            return catalog.regions().stream().filter(r -> r.id() == s.regionId()).map(r -> r.name().in(language)).findFirst().orElse("");
        }
        if (s.organizationId() != null) {
            return directory.organization(s.organizationId()).map(o -> o.name().in(language)).orElse("");
        }
        return s.nation() || Roles.ADMIN.equals(s.role()) ? getTranslation("admin.staff.nation") : "";
    }

    private void edit(@Nullable StaffSummary account) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        Dialog dialog = new Dialog();
        dialog.addClassName("staff-dialog");
        dialog.setHeaderTitle(getTranslation(account == null ? "admin.staff.new" : "admin.staff.edit"));
        dialog.setWidth("min(50rem, 95vw)");
        TextField username = new TextField(getTranslation("login.username"));
        username.addClassName("staff-username");
        TextField name = new TextField(getTranslation("admin.staff.displayName"));
        name.addClassName("staff-name");
        TextField email = new TextField(getTranslation("admin.staff.email"));
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("admin.staff.role"));
        role.setItems(List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INCUBATOR));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r));
        role.setValue(Roles.AGENT);
        role.addClassName("staff-role");
        ComboBox<Center> center = new ComboBox<>(getTranslation("admin.staff.center"));
        center.setItems(catalog.activeCenters());
        center.setItemLabelGenerator(c -> c.name().in(language));
        center.setClearButtonVisible(true);
        center.addClassName("staff-center");
        ComboBox<Province> province = new ComboBox<>(getTranslation("intake.province"));
        province.setItems(catalog.provinces());
        province.setItemLabelGenerator(p -> p.name().in(language));
        province.setClearButtonVisible(true);
        ComboBox<Region> region = new ComboBox<>(getTranslation("programs.region"));
        region.setItems(catalog.regions());
        region.setItemLabelGenerator(r -> r.name().in(language));
        region.setClearButtonVisible(true);
        Checkbox nation = new Checkbox(getTranslation("admin.staff.nationScope"));
        nation.addClassName("staff-nation");
        ComboBox<Organization> organization = new ComboBox<>(getTranslation("orientation.partner"));
        organization.setItems(directory.organizations());
        organization.setItemLabelGenerator(o -> o.name().in(language));
        organization.setClearButtonVisible(true);
        organization.addClassName("staff-organization");
        Select<HubLanguage> preferred = new Select<>();
        preferred.setLabel(getTranslation("language.switch"));
        preferred.setItems(HubLanguage.values());
        preferred.setItemLabelGenerator(l -> l == null ? "" : l.nativeName());
        preferred.setValue(HubLanguage.ARABIC);
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule"));
        password.addClassName("staff-password");
        role.addValueChangeListener(e -> scopeFields(e.getValue(), center, province, region, nation, organization));
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            name.setValue(account.displayName());
            email.setValue(account.email());
            role.setValue(account.role());
            center.setValue(account.centerId() == null ? null : catalog.center(account.centerId()).orElse(null));
            province.setValue(catalog.provinces().stream().filter(p -> Integer.valueOf(p.id()).equals(account.provinceId())).findFirst().orElse(null));
            region.setValue(catalog.regions().stream().filter(r -> Short.valueOf(r.id()).equals(account.regionId())).findFirst().orElse(null));
            organization.setValue(account.organizationId() == null ? null : directory.organization(account.organizationId()).orElse(null));
            nation.setValue(account.nation());
            preferred.setValue(HubLanguage.ofTag(account.language()).orElse(HubLanguage.ARABIC));
            password.setVisible(false);
        }
        scopeFields(role.getValue(), center, province, region, nation, organization);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("username", username, "displayName", name, "role", role,
                "scope", center, "email", email, "password", password));
        Problems.saveAndCancel(dialog, fields, () -> {
            String r = role.getValue();
            StaffForm form = new StaffForm(username.getValue(), name.getValue(), r,
                    center.isVisible() && center.getValue() != null ? center.getValue().id() : null,
                    province.isVisible() && province.getValue() != null ? province.getValue().id() : null,
                    region.isVisible() && region.getValue() != null ? region.getValue().id() : null,
                    organization.isVisible() && organization.getValue() != null ? organization.getValue().id() : null,
                    preferred.getValue().tag(), email.getValue(), nation.isVisible() && nation.getValue());
            return account == null ? accounts.create(form, password.getValue())
                    : accounts.update(account.id(), account.version(), form);
        }, id -> refresh());
        dialog.add(new FormLayout(username, name, email, role, center, province, region, nation, organization, preferred, password));
        if (account != null) {
            Button reset = new Button(getTranslation("admin.staff.resetPassword"), VaadinIcon.KEY.create(), e -> resetPassword(account));
            reset.addClassName("staff-reset");
            Button everywhere = new Button(getTranslation("admin.staff.signOutEverywhere"), VaadinIcon.SIGN_OUT.create(), e -> {
                accounts.signOutEverywhere(account.id());
                Problems.saved();
            });
            everywhere.addClassName("staff-sign-out-everywhere");
            Button enable = new Button(getTranslation(account.enabled() ? "admin.staff.disable" : "admin.staff.enable"), e -> {
                accounts.setEnabled(account.id(), !account.enabled());
                refresh();
                dialog.close();
            });
            enable.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            enable.addClassName("staff-enable");
            HorizontalLayout actions = new HorizontalLayout(reset, everywhere, enable);
            actions.setWrap(true);
            dialog.add(actions);
        }
        dialog.open();
    }

    private void resetPassword(StaffSummary account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.staff.resetPassword"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule"));
        password.addClassName("staff-new-password");
        Button save = new Button(getTranslation("admin.save"), e -> {
            switch (accounts.resetPassword(account.id(), password.getValue())) {
                case AdminResult.Invalid invalid -> Problems.show(Map.of("password", password), invalid.problems());
                default -> {
                    Problems.saved();
                    dialog.close();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("staff-new-password-save");
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("counter.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static void scopeFields(String role, ComboBox<Center> center, ComboBox<Province> province, ComboBox<Region> region,
            Checkbox nation, ComboBox<Organization> organization) {
        boolean supervisor = Roles.SUPERVISOR.equals(role);
        center.setVisible(Roles.AGENT.equals(role) || supervisor);
        province.setVisible(supervisor);
        region.setVisible(supervisor);
        nation.setVisible(supervisor);
        organization.setVisible(Roles.INCUBATOR.equals(role));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.staff");
    }
}
