package ma.socialhub.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a live subscription exactly as long as a screen is attached: subscribed on attach,
 * removed on detach (tab closed, navigation away), so a closed screen never keeps receiving pushes
 * or holds memory.
 */
public final class WhileAttached {

    private @Nullable Registration registration;

    private WhileAttached(Component component, Function<UI, @Nullable Registration> subscribe) {
        component.addAttachListener(e -> {
            remove();
            registration = subscribe.apply(e.getUI());
        });
        component.addDetachListener(e -> remove());
    }

    /** Calls {@code subscribe} on each attach; removes what it returned on detach. */
    public static void subscribe(Component component, Function<UI, @Nullable Registration> subscribe) {
        new WhileAttached(component, subscribe);
    }

    private void remove() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
