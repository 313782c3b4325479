package ma.socialhub.admin.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import ma.socialhub.staff.StaffAccounts;
import ma.socialhub.staff.StaffSummary;

/** A new password for a member of staff, set by an administrator; the person's sessions end. */
class PasswordDialog extends Dialog {

    /** The password as typed. */
    static final class Draft {
        String password = "";
    }

    PasswordDialog(StaffAccounts accounts, StaffSummary account) {
        setHeaderTitle(getTranslation("admin.staff.resetPassword"));
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setHelperText(getTranslation("password.rule"));
        password.addClassName("staff-new-password");
        Binder<Draft> binder = new Binder<>();
        binder.forField(password).withValidator(FormChecks.password(account::username)).bind(d -> d.password, (d, v) -> d.password = v);
        Draft draft = new Draft();
        binder.readBean(draft);
        Problems.saveAndCancel(this, binder, draft, Map.of("password", password), d -> accounts.resetPassword(account.id(), d.password),
                id -> { }).addClassName("staff-new-password-save");
        add(password);
    }
}
