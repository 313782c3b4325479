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

    private final Component component;
    private final Function<UI, @Nullable Registration> subscribe;
    private @Nullable Registration registration;

    private WhileAttached(Component component, Function<UI, @Nullable Registration> subscribe) {
        this.component = component;
        this.subscribe = subscribe;
        component.addAttachListener(e -> resubscribe(e.getUI()));
        component.addDetachListener(e -> remove());
    }

    /** Calls {@code subscribe} on each attach; removes what it returned on detach. */
    public static WhileAttached subscribe(Component component, Function<UI, @Nullable Registration> subscribe) {
        return new WhileAttached(component, subscribe);
    }

    /**
     * Subscribes again at once if the screen is attached, else leaves it to the next attach: for a
     * screen the router kept through a navigation to other parameters (another center), which is
     * not attached again and would otherwise go on hearing the first one.
     */
    public void renew() {
        component.getUI().ifPresent(this::resubscribe);
    }

    private void resubscribe(UI ui) {
        remove();
        registration = subscribe.apply(ui);
    }

    private void remove() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
