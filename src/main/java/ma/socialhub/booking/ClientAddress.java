package ma.socialhub.booking;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The part of a network address that stands for one subscriber: the whole IPv4 address, the /64
 * block of an IPv6 one (a subscriber gets a whole /64 and may use any address in it).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String key(String address) {
        String literal = address.strip().replace("[", "").replace("]", "").replaceAll("%.*$", "");
        // only an IPv6 literal is parsed (hex digits and colons: never a name, so never a DNS lookup)
        if (!literal.matches("[0-9A-Fa-f:.]{2,45}") || !literal.contains(":")) {
            return literal;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : literal;
        } catch (UnknownHostException notALiteral) {
            return literal;
        }
    }
}
