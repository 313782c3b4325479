package ma.socialhub.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of each message in each language: the administrator's, else the bundle's. Filled with
 * named placeholders; a placeholder the kind does not know stays as typed, so a slip shows in the
 * preview instead of sending someone's data.
 */
@Component
class MessageTexts {

    private final JdbcClient jdbc;
    private final HubTranslations translations;

    MessageTexts(JdbcClient jdbc, HubTranslations translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    String template(MessageKind kind, HubLanguage language) {
        return edited(kind, language).orElseGet(() -> standard(kind, language));
    }

    String standard(MessageKind kind, HubLanguage language) {
        return translations.getTranslation(kind.key(), language.locale());
    }

    Optional<String> edited(MessageKind kind, HubLanguage language) {
        return jdbc.sql("SELECT body FROM message_text WHERE kind = ? AND language = ?").params(kind.name(), language.tag())
                .query(String.class).optional();
    }

    String render(MessageKind kind, HubLanguage language, Map<String, ?> values) {
        return fill(template(kind, language), kind, values);
    }

    static String fill(String template, MessageKind kind, Map<String, ?> values) {
        String text = template;
        for (String placeholder : kind.placeholders()) {
            Object value = values.get(placeholder);
            if (value != null) {
                text = text.replace("{" + placeholder + "}", String.valueOf(value));
            }
        }
        return text;
    }

    /** Saves an administrator's text; a blank one returns to the standard text. */
    void save(MessageKind kind, HubLanguage language, String body, long staffId, Instant now) {
        if (body.isBlank()) {
            jdbc.sql("DELETE FROM message_text WHERE kind = ? AND language = ?").params(kind.name(), language.tag()).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO message_text (kind, language, body, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kind, language) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at,
                       updated_by = EXCLUDED.updated_by
                """).params(kind.name(), language.tag(), body.strip(), java.sql.Timestamp.from(now), staffId).update();
    }
}
