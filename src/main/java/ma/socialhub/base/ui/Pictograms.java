package ma.socialhub.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.SvgIcon;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The picture for a pictogram key stored with a service. Keys are data (an administrator picks
 * one); pictures are code, so an unknown key falls back to a neutral sign rather than failing.
 */
public final class Pictograms {

    private static final Map<String, HubIcon> ICONS = Map.of(
            "reception", HubIcon.INFO_CIRCLE,
            "woman", HubIcon.FEMALE,
            "elderly", HubIcon.HEART_O,
            "child", HubIcon.CHILD,
            "youth", HubIcon.ACADEMY_CAP,
            "document", HubIcon.CLIPBOARD_USER,
            "family", HubIcon.FAMILY,
            "work", HubIcon.BRIEFCASE);

    private Pictograms() {
    }

    /** Pictures drawn for the hub where the icon set has none (shipped under /pictograms). */
    private static final Set<String> DRAWN = Set.of("wheelchair", "elderly", "pregnant", "baby");

    /** The picture for {@code key}: decorative, since its label is always beside it or spoken. */
    public static Component of(String key) {
        String drawn = "disability".equals(key) ? "wheelchair" : key;
        if (DRAWN.contains(drawn)) {
            Image image = new Image("pictograms/" + drawn + ".svg", "");
            image.addClassName("pictogram");
            image.getElement().setAttribute("aria-hidden", "true");
            return image;
        }
        return icon(key);
    }

    /** The keys an administrator can give a service, each with a picture. */
    public static List<String> keys() {
        TreeSet<String> keys = new TreeSet<>(ICONS.keySet());
        keys.addAll(DRAWN);
        return List.copyOf(keys);
    }

    static SvgIcon icon(String key) {
        SvgIcon icon = ICONS.getOrDefault(key, HubIcon.INFO_CIRCLE).create();
        icon.addClassName("pictogram");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
