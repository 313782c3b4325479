package ma.socialhub.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every screen. {@code @Push} because displays, counters and phone pages must
 * change the moment a ticket is called, without a reload.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/hub.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "referrer", content = "no-referrer")
public class HubAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Smart Social Hub");
        // a ticket on the hub's colours, 300 bytes: without it every screen asks for /favicon.ico and gets a 404
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
