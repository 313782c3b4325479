package ma.socialhub.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The detail of an audit row, written as a code with values ({@code searchByName;found=3}) so
 * that the administrator and the person reading their own export see it in their language. A
 * detail that is not a code (rows older than the codes) is shown as it was written.
 */
public final class AccessDetail {

    private static final Pattern CODE = Pattern.compile("^[a-z][A-Za-z]*(;[a-z]+=[^;]*)*$");

    private AccessDetail() {
    }

    static String of(String code, Object... namesAndValues) {
        StringBuilder detail = new StringBuilder(code);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            detail.append(';').append(namesAndValues[i]).append('=')
                    .append(String.valueOf(namesAndValues[i + 1]).replace(';', ','));
        }
        return detail.toString();
    }

    /**
     * The detail in words, through {@code translate} (a key and its parameters): the code's text
     * is {@code privacy.detail.<code>}; consent scopes are named in the same language.
     */
    public static String render(String action, String detail, BiFunction<String, Map<String, Object>, String> translate) {
        if (!CODE.matcher(detail).matches()) {
            return detail;
        }
        String[] parts = detail.split(";");
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String name = parts[i].substring(0, parts[i].indexOf('='));
            String value = parts[i].substring(parts[i].indexOf('=') + 1);
            values.put(name, switch (name) {
                case "scopes" -> Arrays.stream(value.split(",")).filter(s -> !s.isBlank())
                        .map(s -> translate.apply("intake.consent.short." + s.strip(), Map.of()))
                        .collect(Collectors.joining(", "));
                case "how" -> translate.apply("privacy.how." + value, Map.of());
                case "reason" -> translate.apply("intake.transfer.reason." + value, Map.of());
                default -> value;
            });
        }
        String text = translate.apply("privacy.detail." + parts[0], values);
        // a code this version does not know (written by a newer node) is shown as recorded
        return text.startsWith("!privacy.detail.") ? detail : text;
    }
}
