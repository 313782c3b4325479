package ma.socialhub.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answer — for what never reaches the application: a request line or headers too
 * large or malformed — as an RFC 9457 problem instead of Tomcat's HTML page. A request that cannot
 * even be read says nothing of where it was going, so every such answer is a problem; anything the
 * application itself answers never comes here.
 */
class ProblemReportValve extends ErrorReportValve {

    private final HubTranslations translations;

    ProblemReportValve(HubTranslations translations) {
        this.translations = translations;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String key = ApiErrors.keyFor(status);
        Locale locale = language(request);
        String detail = translations.getTranslation(key, locale);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
                        + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\",\"code\":\"" + key + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the answer already started: nothing more can be said
        }
    }

    private static Locale language(Request request) {
        try {
            return HubLanguage.orDefault(request.getLocale()).locale();
        } catch (RuntimeException unreadable) {
            return HubLanguage.FRENCH.locale();
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
