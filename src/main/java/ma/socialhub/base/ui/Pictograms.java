package ma.socialhub.base.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;

/**
 * The picture for a pictogram key stored with a service. Keys are data (an administrator picks
 * one); pictures are code, so an unknown key falls back to a neutral sign rather than failing.
 */
public final class Pictograms {

    private static final Map<String, VaadinIcon> ICONS = Map.of(
            "reception", VaadinIcon.INFO_CIRCLE,
            "woman", VaadinIcon.FEMALE,
            "disability", VaadinIcon.USER_HEART,
            "elderly", VaadinIcon.HEART_O,
            "child", VaadinIcon.CHILD,
            "youth", VaadinIcon.ACADEMY_CAP,
            "document", VaadinIcon.CLIPBOARD_USER,
            "family", VaadinIcon.FAMILY,
            "work", VaadinIcon.BRIEFCASE);

    private Pictograms() {
    }

    public static Icon of(String key) {
        Icon icon = ICONS.getOrDefault(key, VaadinIcon.INFO_CIRCLE).create();
        icon.addClassName("pictogram");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
