package ma.socialhub.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import ma.socialhub.base.i18n.HubLanguage;
import org.jspecify.annotations.Nullable;

/**
 * Reads a kiosk file: {@code key = value} lines, {@code #} comments. Every problem is reported
 * with its line, all at once, so an operator fixes a file in one go. Unknown keys are errors:
 * a misspelt {@code idle-secnds} must not silently leave the default in place.
 */
final class KioskConfigParser {

    /** The outcome: a config, or the problems that keep the file from being one. */
    sealed interface Result {
        record Valid(KioskConfig config) implements Result {
        }

        record Invalid(List<KioskConfigProblem> problems) implements Result {
        }
    }

    private static final Set<String> KEYS = Set.of("kiosk-id", "center", "services", "default-language", "languages",
            "idle-seconds", "printing", "audio", "tickets-per-minute");

    private KioskConfigParser() {
    }

    /**
     * @param centerServices letters of the services a center offers, by center code; empty when the
     *     center does not exist
     */
    static Result parse(Path file, List<String> lines, Function<String, Optional<Set<Character>>> centerServices) {
        List<KioskConfigProblem> problems = new ArrayList<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new KioskConfigProblem(file, number, "expected 'key = value', found '" + line + "'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = stripComment(line.substring(eq + 1)).strip();
            if (!KEYS.contains(key)) {
                problems.add(new KioskConfigProblem(file, number, "unknown key '" + key + "' (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ")"));
            } else if (lineOf.containsKey(key)) {
                problems.add(new KioskConfigProblem(file, number, "'" + key + "' is already set on line " + lineOf.get(key)));
            } else {
                lineOf.put(key, number);
                values.put(key, value);
            }
        }
        Reader reader = new Reader(file, values, lineOf, problems);
        @Nullable String kioskId = reader.required("kiosk-id");
        if (kioskId != null && !kioskId.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            reader.problem("kiosk-id", "'" + kioskId + "' is not a kiosk id: lower-case letters, digits and '-', 2 to 63");
        }
        @Nullable String center = reader.required("center");
        Optional<Set<Character>> offered = center == null ? Optional.empty() : centerServices.apply(center);
        if (center != null && offered.isEmpty()) {
            reader.problem("center", "no active center has the code '" + center + "'");
        }
        List<Character> services = new ArrayList<>();
        for (String letter : reader.list("services")) {
            if (!letter.matches("[A-Z]")) {
                reader.problem("services", "'" + letter + "' is not a service letter (A to Z)");
            } else if (offered.isPresent() && !offered.get().contains(letter.charAt(0))) {
                reader.problem("services", "no counter of '" + center + "' serves the service " + letter);
            } else {
                services.add(letter.charAt(0));
            }
        }
        List<HubLanguage> languages = new ArrayList<>();
        for (String tag : reader.list("languages")) {
            reader.language("languages", tag).ifPresent(languages::add);
        }
        if (languages.isEmpty()) {
            languages.addAll(Arrays.asList(HubLanguage.values()));
        }
        HubLanguage defaultLanguage = reader.optional("default-language")
                .flatMap(tag -> reader.language("default-language", tag)).orElse(languages.getFirst());
        if (!languages.contains(defaultLanguage)) {
            reader.problem("default-language", "'" + defaultLanguage.tag() + "' is not among the kiosk's languages");
        }
        int idle = reader.number("idle-seconds", 45, 10, 600);
        boolean printing = reader.bool("printing", true);
        boolean audio = reader.bool("audio", true);
        int perMinute = reader.number("tickets-per-minute", 12, 1, 120);
        if (!problems.isEmpty() || kioskId == null || center == null) {
            return new Result.Invalid(List.copyOf(problems));
        }
        return new Result.Valid(new KioskConfig(kioskId, center, List.copyOf(services), defaultLanguage,
                List.copyOf(languages), idle, printing, audio, perMinute));
    }

    private static String stripComment(String value) {
        int hash = value.indexOf('#');
        return hash < 0 ? value : value.substring(0, hash);
    }

    /** Typed reads of the values, each problem pinned to its key's line. */
    private record Reader(Path file, Map<String, String> values, Map<String, Integer> lineOf,
            List<KioskConfigProblem> problems) {

        @Nullable String required(String key) {
            String value = values.get(key);
            if (value == null || value.isEmpty()) {
                problems.add(new KioskConfigProblem(file, lineOf.getOrDefault(key, 0), "'" + key + "' is required"));
                return null;
            }
            return value;
        }

        Optional<String> optional(String key) {
            return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
        }

        List<String> list(String key) {
            return optional(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
        }

        Optional<HubLanguage> language(String key, String tag) {
            Optional<HubLanguage> language = Arrays.stream(HubLanguage.values()).filter(l -> l.tag().equals(tag)).findFirst();
            if (language.isEmpty()) {
                problem(key, "'" + tag + "' is not a language of the hub (ar, zgh, fr, en)");
            }
            return language;
        }

        int number(String key, int fallback, int min, int max) {
            Optional<String> value = optional(key);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(value.get());
                if (n < min || n > max) {
                    problem(key, "must be between " + min + " and " + max + ", found " + n);
                }
                return n;
            } catch (NumberFormatException e) {
                problem(key, "must be a whole number, found '" + value.get() + "'");
                return fallback;
            }
        }

        boolean bool(String key, boolean fallback) {
            Optional<String> value = optional(key);
            if (value.isEmpty()) {
                return fallback;
            }
            if (!value.get().equals("true") && !value.get().equals("false")) {
                problem(key, "must be true or false, found '" + value.get() + "'");
            }
            return Boolean.parseBoolean(value.get());
        }

        void problem(String key, String text) {
            problems.add(new KioskConfigProblem(file, lineOf.getOrDefault(key, 0), text));
        }
    }
}
