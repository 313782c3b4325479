package ma.socialhub.kiosk;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kiosks as an administrator sees them: every configured kiosk, whether its file is valid,
 * whether the device is registered and when it was last seen; the files refused and why; and a new
 * secret for a kiosk (registered anew or rotated), shown once.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class KioskAdmin {

    /** One kiosk: its configuration (null when its file is refused) and its device. */
    public record KioskStatus(String kioskId, @Nullable KioskConfig config, boolean registered, @Nullable Instant lastSeenAt,
            @Nullable Instant rotatedAt) {
    }

    /** A refused file and its problems, as {@code file:line: problem}. */
    public record RefusedFile(String file, List<String> problems) {
    }

    private final KioskRegistry registry;
    private final KioskDevices devices;
    private final KioskDeviceStore store;
    private final AdminLog log;

    KioskAdmin(KioskRegistry registry, KioskDevices devices, KioskDeviceStore store, AdminLog log) {
        this.registry = registry;
        this.devices = devices;
        this.store = store;
        this.log = log;
    }

    /** Configured kiosks and registered devices together, by kiosk id. */
    @Transactional(readOnly = true)
    public List<KioskStatus> kiosks() {
        Map<String, KioskDeviceStore.Seen> rows = new TreeMap<>();
        store.seen().forEach(device -> rows.put(device.kioskId(), device));
        registry.kioskIds().forEach(id -> rows.putIfAbsent(id, null));
        List<KioskStatus> kiosks = new ArrayList<>();
        rows.forEach((id, device) -> kiosks.add(new KioskStatus(id, registry.kiosk(id).orElse(null), device != null,
                device == null ? null : device.lastSeenAt(), device == null ? null : device.rotatedAt())));
        return kiosks;
    }

    /** The kiosk files refused now. */
    public List<RefusedFile> refused() {
        return registry.problems().entrySet().stream()
                .map(e -> new RefusedFile(String.valueOf(e.getKey().getFileName()), e.getValue().stream().map(String::valueOf).toList()))
                .sorted(Comparator.comparing(RefusedFile::file)).toList();
    }

    /**
     * A one-time registration code for a configured kiosk (registering the device if needed), to
     * type on the kiosk screen within 30 minutes; only its hash is kept.
     */
    @Transactional
    public Optional<String> registrationCode(String kioskId) {
        if (registry.kiosk(kioskId).isEmpty()) {
            return Optional.empty();
        }
        devices.ensureRegistered(kioskId, false);
        String code = devices.registrationCode(kioskId);
        log.record("kiosk_device", kioskId, "REGISTRATION_CODE", null, null);
        return Optional.of(code);
    }

    /**
     * A new secret for a configured kiosk or integration (registering it if needed); the old one
     * stops working at once. Returns the credential, for an integration to send in its
     * {@code Authorization} header (or a kiosk's lock-down software in {@code X-Kiosk-Credential});
     * shown once, only its hash is kept.
     */
    @Transactional
    public Optional<String> newCredential(String kioskId) {
        if (registry.kiosk(kioskId).isEmpty()) {
            return Optional.empty();
        }
        devices.ensureRegistered(kioskId, false);
        String credential = devices.rotate(kioskId);
        log.record("kiosk_device", kioskId, "ROTATE", null, null);
        return Optional.of(credential);
    }
}
