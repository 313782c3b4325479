package ma.socialhub.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text of the hub, from {@code vaadin-i18n/translations_<lang>.properties}.
 *
 * <p>Placeholders are named ({@code {number}}, {@code {counter}}) rather than positional, so that a
 * translation may put them in the order its language needs (Arabic puts the counter first where
 * French puts it last). Callers pass a {@link Map} of values; a plain positional array still works
 * for {@code {0}}-style keys. A missing key shows as {@code !key!} and is logged, never thrown: a
 * citizen at a kiosk must never see an exception.
 */
@Component
public class HubTranslations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(HubTranslations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(HubLanguage.values()).map(HubLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        HubLanguage language = HubLanguage.orDefault(locale);
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, language.tag());
            return "!" + key + "!";
        }
        if (params.length == 1 && params[0] instanceof Map<?, ?> named) {
            return fillNamed(pattern, named);
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }

    private static String fillNamed(String pattern, Map<?, ?> values) {
        String result = pattern;
        for (Map.Entry<?, ?> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return result;
    }

    static ResourceBundle bundle(HubLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
