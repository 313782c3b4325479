package ma.socialhub.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.ticketing.PriorityClass;
import org.jspecify.annotations.Nullable;

/**
 * What a person asks to book. {@code phone} is what was typed (null or blank: none), kept only
 * with {@code remindersConsent}. {@code address} is the caller's network address, for the limit per
 * address of the public page; {@code apiClient} and {@code idempotencyKey} are an integration's.
 */
public record BookingRequest(long centerId, long serviceId, LocalDate day, LocalTime start, HubLanguage language,
        PriorityClass priority, @Nullable String phone, boolean remindersConsent, @Nullable String address,
        BookingChannel channel, @Nullable String apiClient, @Nullable String idempotencyKey) {

    /** A citizen's request from the public page. */
    public static BookingRequest publicPage(long centerId, long serviceId, LocalDate day, LocalTime start, HubLanguage language,
            PriorityClass priority, @Nullable String phone, boolean remindersConsent, @Nullable String address) {
        return new BookingRequest(centerId, serviceId, day, start, language, priority, phone, remindersConsent, address,
                BookingChannel.PUBLIC, null, null);
    }
}
