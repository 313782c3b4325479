package ma.socialhub.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import ma.socialhub.base.admin.AdminResult;

/** Shows a save's problems beside their fields (what was typed stays), and the outcome messages. */
final class Problems {

    private Problems() {
    }

    /**
     * Puts Cancel and Save in {@code dialog}'s footer. Save first lets {@code binder} check the form
     * (its messages go beside the fields) and write it into {@code draft}; then it runs {@code save}:
     * when done, the dialog closes and {@code saved} gets the id; the service's problems go beside
     * their {@code fields}; a conflict says that someone saved meanwhile. Whatever goes wrong,
     * everything typed stays. The button is disabled while a click is handled, and a closed dialog
     * saves nothing, so a double click saves once.
     */
    static <D> Button saveAndCancel(Dialog dialog, Binder<D> binder, D draft, Map<String, ? extends HasValidation> fields,
            Function<D, AdminResult> save, LongConsumer saved) {
        Button button = new Button(dialog.getTranslation("admin.save"));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("admin-save");
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                if (!dialog.isOpened() || !binder.writeBeanIfValid(draft)) {
                    return;
                }
                switch (save.apply(draft)) {
                    case AdminResult.Done done -> {
                        saved();
                        dialog.close();
                        saved.accept(done.id());
                    }
                    case AdminResult.Invalid invalid -> show(fields, invalid.problems());
                    case AdminResult.Conflict conflict -> conflict();
                }
            } finally {
                button.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(dialog.getTranslation("counter.cancel"), e -> dialog.close()), button);
        return button;
    }

    /** Marks each field with its problem and clears the others; a problem without a field is notified. */
    static void show(Map<String, ? extends HasValidation> fields, Map<String, String> problems) {
        fields.forEach((name, field) -> {
            String key = problems.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : UI.getCurrent().getTranslation(key));
        });
        problems.forEach((name, key) -> {
            if (!fields.containsKey(name)) {
                warn(key);
            }
        });
    }

    static void saved() {
        Notification.show(UI.getCurrent().getTranslation("admin.saved"), 2500, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void conflict() {
        warn("admin.conflict");
    }

    static void warn(String key) {
        Notification.show(UI.getCurrent().getTranslation(key), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
