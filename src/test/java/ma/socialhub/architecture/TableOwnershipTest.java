package ma.socialhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ma.socialhub.SocialHubApplication;
import ma.socialhub.base.db.OwnsTables;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each table belongs to exactly one feature, and a feature's SQL names only its own tables and the
 * read models other features publish. The import graph cannot see a query that joins another
 * feature's table; this test reads the SQL itself: every string literal and text block of the
 * main sources whose keywords are SQL's.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/ma/socialhub");
    /** The demo's generator and seed write every table on purpose, as migrations do. */
    private static final Set<String> EXEMPT = Set.of("demo");
    private static final Pattern CREATE = Pattern.compile("(?i)CREATE\\s+(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern DROP = Pattern.compile("(?i)DROP\\s+(TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    /** SQL here is written with upper-case keywords; a relation follows one of these. */
    private static final Pattern RELATION = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+((?:ONLY\\s+)?[a-z_][a-z0-9_]*(?:\\s+(?:AS\\s+)?[a-z]\\w*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:AS\\s+)?[a-z]\\w*)?)*)");

    private final ApplicationModules modules = ApplicationModules.of(SocialHubApplication.class);

    @Test
    void everyTableAndViewOfTheMigrationsHasExactlyOneOwningFeature() {
        Map<String, List<String>> owners = new TreeMap<>();
        relations().forEach(relation -> owners.put(relation, new ArrayList<>()));
        declarations().forEach((module, declared) -> {
            for (String table : declared.value()) {
                owners.computeIfAbsent(table, t -> new ArrayList<>()).add(module);
            }
            for (String view : declared.publishes()) {
                owners.computeIfAbsent(view, t -> new ArrayList<>()).add(module);
            }
        });
        Map<String, List<String>> wrong = new TreeMap<>();
        owners.forEach((relation, by) -> {
            if (by.size() != 1 || !relations().contains(relation)) {
                wrong.put(relation, by);
            }
        });
        assertThat(wrong).as("relations with no owner, several owners, or declared but not in the migrations").isEmpty();
    }

    @Test
    void aFeaturesSqlNamesOnlyItsOwnTablesAndPublishedReadModels() {
        Map<String, String> tableOwner = new TreeMap<>();
        Set<String> published = new TreeSet<>();
        declarations().forEach((module, declared) -> {
            for (String table : declared.value()) {
                tableOwner.put(table, module);
            }
            published.addAll(List.of(declared.publishes()));
        });
        List<String> trespasses = new ArrayList<>();
        for (Path source : javaSources()) {
            String module = SOURCES.relativize(source).getName(0).toString();
            if (EXEMPT.contains(module) || module.endsWith(".java")) {
                continue;
            }
            for (String relation : relationsNamedIn(read(source))) {
                String owner = tableOwner.get(relation);
                if (owner != null && !owner.equals(module) && !published.contains(relation)) {
                    trespasses.add(SOURCES.relativize(source) + " names " + relation + ", a table of " + owner);
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void theSqlReaderFindsTheTablesOfJoinsSubqueriesAndWrites() {
        String java = "class X { String a = \"\"\"\n SELECT t.id FROM ticket t JOIN center c ON c.id = t.center_id\n"
                + " WHERE t.service_id IN (SELECT s.id FROM social_service s)\n\"\"\"; String b = \"UPDATE counter SET state = ?\";"
                + " String c = \"INSERT INTO visit (id) VALUES (1)\"; String d = \"DELETE FROM need USING region r\";"
                + " String e = \"partner.from\"; String f = \"center\"; }";
        assertThat(relationsNamedIn(java)).containsExactlyInAnyOrder("ticket", "center", "social_service", "counter", "visit",
                "need", "region");
    }

    /** Each module's declaration, by module name. */
    private Map<String, OwnsTables> declarations() {
        Map<String, OwnsTables> declared = new TreeMap<>();
        for (ApplicationModule module : modules) {
            String base = module.getBasePackage().getName();
            try {
                Package pkg = Class.forName(base + ".package-info").getPackage();
                OwnsTables owns = pkg.getAnnotation(OwnsTables.class);
                if (owns != null) {
                    declared.put(module.getIdentifier().toString(), owns);
                }
            } catch (ClassNotFoundException e) {
                // a module without package-info owns nothing
            }
        }
        return declared;
    }

    private static Set<String> relations() {
        Set<String> relations = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.sorted((a, b) -> Integer.compare(version(a), version(b))).forEach(file -> {
                String sql = read(file);
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    relations.add(create.group(2).toLowerCase());
                }
                Matcher drop = DROP.matcher(sql);
                while (drop.find()) {
                    relations.remove(drop.group(2).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return relations;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    static Set<String> relationsNamedIn(String java) {
        Set<String> named = new TreeSet<>();
        Matcher literal = LITERAL.matcher(java);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher relation = RELATION.matcher(text);
            while (relation.find()) {
                for (String item : relation.group(1).split(",")) {
                    named.add(item.trim().replaceFirst("^ONLY\\s+", "").split("\\s+")[0]);
                }
            }
        }
        return named;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
