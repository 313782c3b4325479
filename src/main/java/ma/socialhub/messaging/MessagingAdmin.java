package ma.socialhub.messaging;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.admin.AdminResult;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.security.AdminLog;
import ma.socialhub.base.security.PersonalDataCipher;
import ma.socialhub.base.security.Roles;
import ma.socialhub.base.security.CurrentStaff;
import ma.socialhub.catalog.Catalog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator sets and watches about messages: the provider (the password is only ever
 * written), quiet hours and the "turn is near" rule, the texts with a preview of their cost, the
 * messages given up, and the figures per month and center.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class MessagingAdmin {

    /** Six SMS parts of UCS-2: past that a text is a letter, and costs like one. */
    static final int MAX_TEXT = 400;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final SettingsStore settings;
    private final MessageTexts texts;
    private final OutboxStore outbox;
    private final PersonalDataCipher cipher;
    private final AdminLog log;
    private final CurrentStaff staff;
    private final Clock clock;
    private final ZoneId zone;
    private final Catalog catalog;
    private final CurrentGateway gateway;

    MessagingAdmin(CurrentGateway gateway, SettingsStore settings, MessageTexts texts, OutboxStore outbox, PersonalDataCipher cipher, AdminLog log,
            CurrentStaff staff, Clock clock, HubZone zone, Catalog catalog) {
        this.catalog = catalog;
        this.gateway = gateway;
        this.settings = settings;
        this.texts = texts;
        this.outbox = outbox;
        this.cipher = cipher;
        this.log = log;
        this.staff = staff;
        this.clock = clock;
        this.zone = zone.zone();
    }

    @Transactional(readOnly = true)
    public MessageSettings settings() {
        return settings.read();
    }

    /**
     * Saves the settings; a blank {@code newPassword} keeps the stored one. Refused with the
     * problems by field when a value cannot work, and as a conflict when someone saved since
     * {@code changed} was read (its version). Every node then reopens its gateway.
     */
    @Transactional
    public AdminResult save(MessageSettings changed, @Nullable String newPassword) {
        MessageSettings before = settings.read();
        // a stored secret is never sent to another place than the one it was typed for: a new
        // server, account or address needs it typed again
        boolean keepsPassword = before.passwordSet() && GatewayChecks.sameEndpoint(before.gateway(), changed.gateway());
        MessageSettings checked = new MessageSettings(changed.gateway(), keepsPassword, changed.quietFrom(), changed.quietUntil(),
                changed.nearAhead(), changed.nearMinutes(), changed.version());
        Map<String, String> problems = GatewayChecks.problems(checked, newPassword);
        if (before.passwordSet() && !keepsPassword && "messages.admin.error.password".equals(problems.get("password"))) {
            problems.put("password", "messages.admin.error.retype");
        }
        if (!problems.isEmpty()) {
            return new AdminResult.Invalid(problems);
        }
        if (before.version() != changed.version()) {
            return new AdminResult.Conflict();
        }
        String passwordEnc = newPassword == null || newPassword.isBlank() ? null : cipher.encrypt(newPassword);
        settings.save(changed, passwordEnc, passwordEnc == null && !keepsPassword, staff.staffId().orElse(0L), clock.instant());
        // the log shows whether the password changed, never the password
        log.record("message_gateway", 1, passwordEnc == null ? "UPDATE" : "ROTATE", before, settings.read());
        return new AdminResult.Done(1);
    }

    /** This node's link to the provider as it is now: "SMPP sms.example.ma:2775 as hub (bound)". */
    public String gatewayStatus() {
        return gateway.get().describe();
    }

    /** The name a center goes by in messages, if not its own. */
    @Transactional(readOnly = true)
    public Optional<String> smsName(long centerId) {
        return settings.smsName(centerId);
    }

    /**
     * Sets the name a center goes by in messages (blank: its own name again) — for a center whose
     * name would tell a reader of someone's phone whom it serves.
     */
    @Transactional
    public AdminResult setSmsName(long centerId, String name) {
        String kept = name.strip();
        if (kept.length() > 40) {
            return new AdminResult.Invalid(Map.of("smsName", "messages.admin.error.smsName"));
        }
        Optional<String> before = settings.smsName(centerId);
        settings.setSmsName(centerId, kept.isEmpty() ? null : kept);
        log.record("message_center_name", centerId, kept.isEmpty() ? "DELETE" : "UPDATE", before.orElse(null),
                kept.isEmpty() ? null : kept);
        return new AdminResult.Done(centerId);
    }

    /** A center's own quiet hours, if it has them (else the national ones apply). */
    @Transactional(readOnly = true)
    public Optional<QuietHours> quietHours(long centerId) {
        return settings.ownQuietHours(centerId);
    }

    /** Sets a center's own quiet hours, or removes them with {@code null}. Messages already queued keep their time. */
    @Transactional
    public AdminResult setQuietHours(long centerId, @Nullable QuietHours hours) {
        Optional<QuietHours> before = settings.ownQuietHours(centerId);
        settings.setQuietHours(centerId, hours);
        log.record("message_center_quiet", centerId, hours == null ? "DELETE" : "UPDATE", before.orElse(null), hours);
        return new AdminResult.Done(centerId);
    }

    /** Whether this node's link to the provider can send now (SMPP: bound). */
    public boolean gatewayReady() {
        return gateway.get().ready();
    }

    /** The service's own "turn is near" rule, if it has one (else the default of the settings). */
    @Transactional(readOnly = true)
    public Optional<NearRule> nearRule(long serviceId) {
        return settings.ownNearRule(serviceId);
    }

    /** Sets a service's own rule, or removes it with {@code null} (the default applies again). */
    @Transactional
    public AdminResult setNearRule(long serviceId, @Nullable NearRule rule) {
        if (rule != null && (rule.ahead() < 1 || rule.ahead() > 50 || rule.minutes() < 1 || rule.minutes() > 240)) {
            return new AdminResult.Invalid(Map.of("nearRule", "messages.admin.error.near"));
        }
        Optional<NearRule> before = settings.ownNearRule(serviceId);
        settings.setNearRule(serviceId, rule);
        log.record("message_near_rule", serviceId, rule == null ? "DELETE" : "UPDATE", before.orElse(null), rule);
        return new AdminResult.Done(serviceId);
    }

    @Transactional(readOnly = true)
    public String text(MessageKind kind, HubLanguage language) {
        return texts.template(kind, language);
    }

    @Transactional(readOnly = true)
    public boolean edited(MessageKind kind, HubLanguage language) {
        return texts.edited(kind, language).isPresent();
    }

    /**
     * Saves a text (blank: back to the standard one). Refused when it is longer than {@value
     * #MAX_TEXT} characters, has a placeholder the message does not know (it would go out as typed),
     * or lacks {@code {link}} — every message carries the page where its person can say stop.
     */
    @Transactional
    public AdminResult saveText(MessageKind kind, HubLanguage language, String body) {
        if (!body.isBlank()) {
            if (body.length() > MAX_TEXT) {
                return new AdminResult.Invalid(Map.of("body", "messages.admin.error.textLength"));
            }
            if (!preview(kind, body).unknown().isEmpty()) {
                return new AdminResult.Invalid(Map.of("body", "messages.admin.error.textUnknown"));
            }
            if (!body.contains("{link}")) {
                return new AdminResult.Invalid(Map.of("body", "messages.admin.error.textLink"));
            }
        }
        String before = texts.template(kind, language);
        texts.save(kind, language, body, staff.staffId().orElse(0L), clock.instant());
        log.record("message_text", kind.name() + "/" + language.tag(), "UPDATE", before, texts.template(kind, language));
        return new AdminResult.Done(0);
    }

    /** The text filled with examples, and its number of parts. */
    public MessagePreview preview(MessageKind kind, String template) {
        Map<String, String> examples = new LinkedHashMap<>();
        examples.put("center", "Centre social Agadir Talborjt");
        examples.put("number", "A-017");
        examples.put("ahead", "3");
        examples.put("counter", "4");
        examples.put("day", "12/03");
        examples.put("time", "09:30");
        examples.put("code", "482913");
        examples.put("link", "https://hub.example.ma/t/Xk3v9QpL2mN8rT5wY7zA1b.d4F6h8J0k2L4m6N8");
        String text = MessageTexts.fill(template, kind, examples);
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!kind.placeholders().contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        SmsParts parts = SmsParts.of(text);
        return new MessagePreview(text, parts.count(), parts.encoding() == SmsParts.Encoding.UCS2, unknown);
    }

    @Transactional(readOnly = true)
    public List<DeadMessage> dead(int limit) {
        return outbox.dead(limit);
    }

    /** Sends a dead message again now, if it is still worth sending; false when it is not (or not dead). */
    @Transactional
    public boolean retry(long id) {
        Instant now = clock.instant();
        boolean revived = outbox.revive(id, now);
        if (revived) {
            log.record("message_outbox", id, "UPDATE", "DEAD", "QUEUED");
        }
        return revived;
    }

    /** Messages per month and center over the last {@code months}, newest first. */
    @Transactional(readOnly = true)
    public List<MessageFigures> figures(int months) {
        Instant since = YearMonth.now(clock.withZone(zone)).minusMonths(months - 1L).atDay(1).atStartOfDay(zone).toInstant();
        return outbox.figures(zone, since).stream().map(f -> new MessageFigures(f.month(), f.centerId(),
                centerName(f.centerId()), f.queued(), f.sent(), f.delivered(), f.failed(), f.parts())).toList();
    }

    private String centerName(long centerId) {
        return catalog.center(centerId).map(c -> c.name().in(HubLanguage.FRENCH)).orElse(String.valueOf(centerId));
    }
}
