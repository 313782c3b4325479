package ma.socialhub.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ma.socialhub.catalog.Catalog;
import ma.socialhub.catalog.SocialService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The kiosks configured in {@code hub.kiosk.config-dir} (one {@code *.properties} file per kiosk),
 * read at start-up and again whenever a file changes, is added or is removed (checked every few
 * seconds). A file with problems is logged with its file, line and problem and its kiosk stops
 * issuing; every other kiosk keeps working. Each valid kiosk is registered as a device.
 */
@Component
public class KioskRegistry {

    private static final Logger log = LoggerFactory.getLogger(KioskRegistry.class);

    private final Path directory;
    private final Path demoDirectory;
    private final Catalog catalog;
    private final KioskDevices devices;
    private final Map<String, KioskConfig> kiosks = new ConcurrentHashMap<>();
    private final Map<Path, List<KioskConfigProblem>> problems = new ConcurrentHashMap<>();
    private Map<Path, FileTime> seen = Map.of();

    KioskRegistry(@Value("${hub.kiosk.config-dir:kiosk-config}") Path directory,
            @Value("${hub.kiosk.demo-config-dir:kiosk-config/demo}") Path demoDirectory, Catalog catalog, KioskDevices devices) {
        this.directory = directory;
        this.demoDirectory = demoDirectory.toAbsolutePath().normalize();
        this.catalog = catalog;
        this.devices = devices;
    }

    public Optional<KioskConfig> kiosk(String kioskId) {
        return Optional.ofNullable(kiosks.get(kioskId));
    }

    /** Problems of the files that are not valid now, by file. */
    public Map<Path, List<KioskConfigProblem>> problems() {
        return Map.copyOf(problems);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        reload();
    }

    @Scheduled(fixedDelayString = "${hub.kiosk.config-check-ms:3000}", initialDelayString = "${hub.kiosk.config-check-ms:3000}")
    void reloadIfChanged() {
        if (!listFiles().equals(seen)) {
            reload();
        }
    }

    /** Reads every file again; what is valid replaces what was there, atomically per kiosk. */
    public synchronized void reload() {
        Map<Path, FileTime> files = listFiles();
        Map<String, KioskConfig> valid = new HashMap<>();
        Map<String, Path> fileOf = new HashMap<>();
        // only the demo's own files may carry the demo's known secrets
        Map<Path, List<KioskConfigProblem>> invalid = new HashMap<>();
        for (Path file : files.keySet()) {
            switch (parse(file)) {
                case KioskConfigParser.Result.Valid v when fileOf.containsKey(v.config().kioskId()) -> invalid.put(file,
                        List.of(new KioskConfigProblem(file, 0, "kiosk-id '" + v.config().kioskId()
                                + "' is already used by " + fileOf.get(v.config().kioskId()))));
                case KioskConfigParser.Result.Valid v -> {
                    valid.put(v.config().kioskId(), v.config());
                    fileOf.put(v.config().kioskId(), file);
                }
                case KioskConfigParser.Result.Invalid i -> invalid.put(file, i.problems());
            }
        }
        valid.keySet().forEach(id -> devices.ensureRegistered(id,
                fileOf.get(id).toAbsolutePath().normalize().startsWith(demoDirectory)));
        kiosks.keySet().retainAll(valid.keySet());
        kiosks.putAll(valid);
        problems.clear();
        problems.putAll(invalid);
        invalid.values().forEach(list -> list.forEach(p -> log.error("Kiosk configuration refused: {}", p)));
        if (!files.equals(seen)) {
            log.info("Kiosks configured: {} valid, {} refused", valid.size(), invalid.size());
            log.debug("Valid kiosks: {}", valid.keySet());
        }
        seen = files;
    }

    private KioskConfigParser.Result parse(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return KioskConfigParser.parse(file, lines, code -> catalog.centerByCode(code).map(center -> catalog
                    .servicesAt(center.id()).stream().map(SocialService::letter).collect(Collectors.toSet())));
        } catch (IOException | RuntimeException e) {
            return new KioskConfigParser.Result.Invalid(List.of(new KioskConfigProblem(file, 0, "cannot be read: " + e.getMessage())));
        }
    }

    private Map<Path, FileTime> listFiles() {
        if (!Files.isDirectory(directory)) {
            return Map.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            Map<Path, FileTime> files = new HashMap<>();
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".properties")).toList()) {
                files.put(file, Files.getLastModifiedTime(file));
            }
            return files;
        } catch (IOException e) {
            log.warn("Cannot list the kiosk configuration folder {}", directory, e);
            return seen;
        }
    }

    Set<String> kioskIds() {
        return Set.copyOf(kiosks.keySet());
    }
}
