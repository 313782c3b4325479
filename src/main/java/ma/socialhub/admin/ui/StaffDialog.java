package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * One staff account: role and scope (an agent's center; a supervisor's center, province, region or
 * the nation; a partner's organization), language, the first password; for an existing account, a
 * new password, ending every session, and enabling or disabling it.
 */
class StaffDialog extends Dialog {

    /** The account as the form holds it while it is edited. */
    static final class Draft {
        String username = "";
        String displayName = "";
        String email = "";
        @Nullable String role = Roles.AGENT;
        @Nullable Center center;
        @Nullable Province province;
        @Nullable Region region;
        boolean nation;
        @Nullable Organization organization;
        @Nullable HubLanguage language = HubLanguage.ARABIC;
        String password = "";

        /** The form; only the scope fields the role shows count. */
        StaffForm form() {
            boolean supervisor = Roles.SUPERVISOR.equals(role);
            boolean atCenter = Roles.AGENT.equals(role) || supervisor;
            return new StaffForm(username, displayName, role == null ? "" : role,
                    atCenter && center != null ? center.id() : null,
                    supervisor && province != null ? province.id() : null,
                    supervisor && region != null ? region.id() : null,
                    Roles.INCUBATOR.equals(role) && organization != null ? organization.id() : null,
                    (language == null ? HubLanguage.ARABIC : language).tag(), email, supervisor && nation);
        }
    }

    StaffDialog(StaffAccounts accounts, Catalog catalog, Directory directory, @Nullable StaffSummary account, Runnable changed) {
        HubLanguage language = HubLanguage.orDefault(getLocale());
        addClassName("staff-dialog");
        setHeaderTitle(getTranslation(account == null ? "admin.staff.new" : "admin.staff.edit"));
        setWidth("min(50rem, 95vw)");
        TextField username = new TextField(getTranslation("login.username"));
        username.addClassName("staff-username");
        username.setReadOnly(account != null);
        TextField name = new TextField(getTranslation("admin.staff.displayName"));
        name.addClassName("staff-name");
        TextField email = new TextField(getTranslation("admin.staff.email"));
        Select<String> role = new Select<>();
        role.setLabel(getTranslation("admin.staff.role"));
        role.setItems(List.of(Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INCUBATOR));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r));
        role.addClassName("staff-role");
        ComboBox<Center> center = new ComboBox<>(getTranslation("admin.staff.center"));
        List<Center> centers = catalog.activeCenters();
        center.setItems(centers);
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
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule"));
        password.addClassName("staff-password");
        password.setVisible(account == null);
        role.addValueChangeListener(e -> scopeFields(e.getValue(), center, province, region, nation, organization));

        Binder<Draft> binder = new Binder<>();
        if (account == null) {
            binder.forField(username).withValidator(FormChecks.username()).bind(d -> d.username, (d, v) -> d.username = v);
            binder.forField(password).withValidator(FormChecks.password(username::getValue))
                    .bind(d -> d.password, (d, v) -> d.password = v);
        }
        binder.forField(name).withValidator(v -> !v.isBlank() && v.length() <= 100, FormChecks.message("admin.error.name"))
                .bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(email).withValidator(FormChecks.emptyOrEmail()).bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(role).asRequired(FormChecks.message("admin.staff.error.role")).bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(center).withValidator(c -> c != null || !Roles.AGENT.equals(role.getValue()),
                FormChecks.message("admin.staff.error.agentCenter")).bind(d -> d.center, (d, v) -> d.center = v);
        binder.forField(province).bind(d -> d.province, (d, v) -> d.province = v);
        binder.forField(region).bind(d -> d.region, (d, v) -> d.region = v);
        binder.forField(nation).bind(d -> d.nation, (d, v) -> d.nation = v);
        binder.forField(organization).withValidator(o -> o != null || !Roles.INCUBATOR.equals(role.getValue()),
                FormChecks.message("admin.staff.error.partnerOrganization")).bind(d -> d.organization, (d, v) -> d.organization = v);
        binder.forField(preferred).bind(d -> d.language, (d, v) -> d.language = v);
        Draft draft = new Draft();
        if (account != null) {
            draft.username = account.username();
            draft.displayName = account.displayName();
            draft.email = account.email();
            draft.role = account.role();
            draft.center = account.centerId() == null ? null : catalog.center(account.centerId()).orElse(null);
            draft.province = catalog.provinces().stream().filter(p -> Integer.valueOf(p.id()).equals(account.provinceId())).findFirst()
                    .orElse(null);
            draft.region = catalog.regions().stream().filter(r -> Short.valueOf(r.id()).equals(account.regionId())).findFirst()
                    .orElse(null);
            draft.organization = account.organizationId() == null ? null : directory.organization(account.organizationId()).orElse(null);
            draft.nation = account.nation();
            draft.language = HubLanguage.ofTag(account.language()).orElse(HubLanguage.ARABIC);
            username.setValue(account.username());
        }
        binder.readBean(draft);
        scopeFields(role.getValue(), center, province, region, nation, organization);

        Map<String, HasValidation> fields = new HashMap<>(Map.of("username", username, "displayName", name, "role", role,
                "scope", center, "email", email, "password", password));
        Problems.saveAndCancel(this, binder, draft, fields, d -> account == null ? accounts.create(d.form(), d.password)
                : accounts.update(account.id(), account.version(), d.form()), id -> changed.run());
        add(new FormLayout(username, name, email, role, center, province, region, nation, organization, preferred, password));
        if (account != null) {
            add(actions(accounts, account, changed));
        }
    }

    /** What is done to an existing account at once, outside the form: a new password, ending its sessions, enabling it. */
    private HorizontalLayout actions(StaffAccounts accounts, StaffSummary account, Runnable changed) {
        Button reset = new Button(getTranslation("admin.staff.resetPassword"), VaadinIcon.KEY.create(),
                e -> new PasswordDialog(accounts, account).open());
        reset.addClassName("staff-reset");
        Button everywhere = new Button(getTranslation("admin.staff.signOutEverywhere"), VaadinIcon.SIGN_OUT.create(), e -> {
            accounts.signOutEverywhere(account.id());
            Problems.saved();
        });
        everywhere.addClassName("staff-sign-out-everywhere");
        Button enable = new Button(getTranslation(account.enabled() ? "admin.staff.disable" : "admin.staff.enable"), e -> {
            accounts.setEnabled(account.id(), !account.enabled());
            changed.run();
            close();
        });
        enable.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        enable.addClassName("staff-enable");
        HorizontalLayout actions = new HorizontalLayout(reset, everywhere, enable);
        actions.setWrap(true);
        return actions;
    }

    private static void scopeFields(@Nullable String role, ComboBox<Center> center, ComboBox<Province> province, ComboBox<Region> region,
            Checkbox nation, ComboBox<Organization> organization) {
        boolean supervisor = Roles.SUPERVISOR.equals(role);
        center.setVisible(Roles.AGENT.equals(role) || supervisor);
        province.setVisible(supervisor);
        region.setVisible(supervisor);
        nation.setVisible(supervisor);
        organization.setVisible(Roles.INCUBATOR.equals(role));
    }
}
