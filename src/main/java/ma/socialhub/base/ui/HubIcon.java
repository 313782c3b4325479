package ma.socialhub.base.ui;

import com.vaadin.flow.component.icon.SvgIcon;
import java.util.Locale;

/**
 * The icons of the public screens (kiosk, display, booking) from one small SVG sprite,
 * {@code icons/hub.svg}, rather than Vaadin's icon set: attaching one {@code Icon} makes the
 * browser download the whole set (58 KB compressed) on a kiosk's first load over a weak link
 * (issue 18, ADR 0027). The symbols are Vaadin Icons' own paths, named as in {@code VaadinIcon}.
 */
public enum HubIcon {
    ACADEMY_CAP, ARROW_BACKWARD, BRIEFCASE, CALENDAR_CLOCK, CHECK, CHILD, CLIPBOARD_USER, FAMILY, FEMALE, GLOBE, HEART_O,
    INFO_CIRCLE, MOBILE, PRINT, QRCODE, USER, VOLUME_UP;

    static final String SPRITE = "icons/hub.svg";

    /** A new icon showing this symbol, sized and coloured like Vaadin's icons. */
    public SvgIcon create() {
        return new SvgIcon(SPRITE, symbol());
    }

    /** The symbol's id in the sprite: the name in lower case with dashes, as in Vaadin's icon set. */
    String symbol() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
