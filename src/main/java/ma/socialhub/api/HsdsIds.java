package ma.socialhub.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Stable HSDS identifiers (UUIDs, as HSDS 3.0 requires) for the hub's rows. They are version 8
 * ("custom") UUIDs that carry the kind of record and its ids, so that {@code /services/{id}} finds
 * its record without a lookup table and the ids never change between exports:
 * the top 16 bits hold the kind, the next 32 the first id, then the version nibble; the low 62
 * bits (after the variant) hold the second id.
 */
final class HsdsIds {

    enum Kind {
        CENTER_ORGANIZATION(1), PARTNER_ORGANIZATION(2), CENTER_SERVICE(3), PARTNER_SERVICE(4), CENTER_LOCATION(5),
        PARTNER_LOCATION(6), CENTER_SERVICE_AT_LOCATION(7), PARTNER_SERVICE_AT_LOCATION(8);

        final int code;

        Kind(int code) {
            this.code = code;
        }
    }

    record Decoded(Kind kind, long first, long second) {
    }

    private HsdsIds() {
    }

    static String of(Kind kind, long first, long second) {
        long msb = ((long) kind.code << 48) | ((first & 0xFFFF_FFFFL) << 16) | 0x8000L;
        long lsb = 0x8000_0000_0000_0000L | (second & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(msb, lsb).toString();
    }

    static String of(Kind kind, long id) {
        return of(kind, id, 0);
    }

    static Optional<Decoded> decode(String text) {
        UUID uuid;
        try {
            uuid = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uuid.version() != 8 || (uuid.getLeastSignificantBits() >>> 62) != 2) {
            return Optional.empty();
        }
        int code = (int) (uuid.getMostSignificantBits() >>> 48);
        for (Kind kind : Kind.values()) {
            if (kind.code == code) {
                return Optional.of(new Decoded(kind, (uuid.getMostSignificantBits() >>> 16) & 0xFFFF_FFFFL,
                        uuid.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL));
            }
        }
        return Optional.empty();
    }
}
