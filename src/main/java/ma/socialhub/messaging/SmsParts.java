package ma.socialhub.messaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How a text travels as SMS: in the GSM 03.38 alphabet (7 bits a character, 160 a message, 153 a
 * part of a long one) when every character is in it, else in UCS-2 (70 a message, 67 a part) —
 * always the case for Arabic and Tifinagh, and for French with a letter such as "ê" or "ç" that
 * GSM lacks. The count of parts is what the provider bills, so the administrator's preview and the
 * gateway count the same way, here.
 *
 * <p>Characters of the GSM extension table ({@code € [ ] { } ~ \ | ^}) take two septets, and a
 * part never ends between the escape and its character; a UCS-2 part never ends inside a
 * surrogate pair. Parts carry a concatenation header (IEI 0x00, 8-bit reference).
 */
public final class SmsParts {

    public enum Encoding {
        /** GSM 03.38 default alphabet, SMPP data_coding 0x00, sent one septet an octet. */
        GSM7(160, 153),
        /** UTF-16 big-endian, SMPP data_coding 0x08. */
        UCS2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }

        /** Units (septets or UTF-16 code units) in a message of one part. */
        public int single() {
            return single;
        }

        /** Units in each part of a long message (the concatenation header takes the rest). */
        public int perPart() {
            return perPart;
        }
    }

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final char ESCAPE = 0x1B;
    private static final String EXTENDED_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENDED_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private final Encoding encoding;
    private final List<String> texts;
    private final int unitsInLast;

    private SmsParts(Encoding encoding, List<String> texts, int unitsInLast) {
        this.encoding = encoding;
        this.texts = List.copyOf(texts);
        this.unitsInLast = unitsInLast;
    }

    public static SmsParts of(String text) {
        Encoding encoding = isGsm(text) ? Encoding.GSM7 : Encoding.UCS2;
        int total = units(text, encoding);
        if (total <= encoding.single()) {
            return new SmsParts(encoding, List.of(text), total);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int width = charUnits(text, i, encoding);
            int chars = encoding == Encoding.UCS2 && Character.isHighSurrogate(text.charAt(i))
                    && i + 1 < text.length() ? 2 : 1;
            if (used + width > encoding.perPart()) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += width;
            i += chars;
        }
        parts.add(text.substring(start));
        return new SmsParts(encoding, parts, used);
    }

    public Encoding encoding() {
        return encoding;
    }

    /** The number of messages the provider bills. */
    public int count() {
        return texts.size();
    }

    /** Each part's text, in order; joined they are the whole text. */
    public List<String> texts() {
        return texts;
    }

    /** How many more characters (of the basic alphabet, for GSM) fit without another part. */
    public int charsLeftInLastPart() {
        int room = count() == 1 ? encoding.single() : encoding.perPart();
        return room - unitsInLast;
    }

    /**
     * The short_message octets of each part: for one part the encoded text; for several, the
     * concatenation header (reference, count, sequence from 1) before each part's text.
     */
    public List<byte[]> payloads(int reference) {
        List<byte[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            byte[] body = encode(texts.get(i), encoding);
            if (texts.size() == 1) {
                out.add(body);
                continue;
            }
            byte[] withHeader = new byte[6 + body.length];
            withHeader[0] = 0x05;
            withHeader[1] = 0x00;
            withHeader[2] = 0x03;
            withHeader[3] = (byte) reference;
            withHeader[4] = (byte) texts.size();
            withHeader[5] = (byte) (i + 1);
            System.arraycopy(body, 0, withHeader, 6, body.length);
            out.add(withHeader);
        }
        return out;
    }

    public static byte[] encode(String text, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return text.getBytes(StandardCharsets.UTF_16BE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
                continue;
            }
            int extended = EXTENDED_CHARS.indexOf(c);
            if (extended < 0) {
                throw new IllegalArgumentException("not in the GSM alphabet: U+%04X".formatted((int) c));
            }
            out.write(ESCAPE);
            out.write(EXTENDED_CODES[extended]);
        }
        return out.toByteArray();
    }

    /** The text of octets in {@code encoding} (unpacked septets for GSM), as a handset shows it. */
    public static String decode(byte[] octets, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return new String(octets, StandardCharsets.UTF_16BE);
        }
        StringBuilder text = new StringBuilder(octets.length);
        for (int i = 0; i < octets.length; i++) {
            int septet = octets[i] & 0x7F;
            if (septet == ESCAPE && i + 1 < octets.length) {
                int code = octets[++i] & 0x7F;
                int extended = indexOf(EXTENDED_CODES, code);
                text.append(extended < 0 ? ' ' : EXTENDED_CHARS.charAt(extended));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    private static boolean isGsm(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ESCAPE || BASIC.indexOf(c) < 0) && EXTENDED_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int units(String text, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return text.length();
        }
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += charUnits(text, i, encoding);
        }
        return units;
    }

    private static int charUnits(String text, int i, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
        }
        return EXTENDED_CHARS.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
    }

    private static int indexOf(byte[] codes, int code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        return -1;
    }
}
