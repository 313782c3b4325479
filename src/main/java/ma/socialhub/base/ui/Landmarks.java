package ma.socialhub.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every screen's content in a {@code main} landmark, so that a screen reader's "next landmark" finds
 * it: the view shown is the page's main region. The frames around views (administration,
 * supervision) mark their own bar as the banner; their menu is a navigation landmark already.
 *
 * <p>Also loads {@code scripts/a11y.js}, which mends in the browser what Vaadin's own elements
 * leave: the grid's column-sizing cells taken for table cells, a select's unnamed list of options,
 * the "connection lost" banner outside any landmark. axe-core checks every route for them
 * ({@code AccessibilityIT}).
 */
@Component
class Landmarks implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.getPage().addJavaScript("scripts/a11y.js");
            ui.addAfterNavigationListener(navigation -> {
                HasElement view = navigation.getActiveChain().getFirst();
                view.getElement().setAttribute("role", "main");
            });
        });
    }
}
