package ma.socialhub.base.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Which proxies may tell the hub a client's address ({@code X-Forwarded-For}) and that the client
 * came over TLS ({@code X-Forwarded-Proto}): only those listed in {@code hub.trusted-proxies}
 * (addresses or CIDR ranges, comma separated; loopback only by default). Tomcat's own default trusts
 * every private address, so that anyone on a center's network could pretend to be another address
 * and dodge the sign-in throttle's limit per address.
 *
 * <p>Tomcat takes the list as one regular expression; this turns the list into one, octet by octet
 * (an IPv4 range) or group by group (an IPv6 range on a 16-bit boundary), and refuses at start what
 * it cannot turn exactly.
 */
public class TrustedProxies implements EnvironmentPostProcessor {

    static final String PROPERTY = "hub.trusted-proxies";
    static final String DEFAULT = "127.0.0.1, ::1";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String listed = env.getProperty(PROPERTY, DEFAULT);
        env.getPropertySources().addFirst(new MapPropertySource("hubTrustedProxies", Map.of(
                "server.tomcat.remoteip.internal-proxies", regex(listed),
                "server.tomcat.remoteip.trusted-proxies", "")));
    }

    /** The regular expression matching exactly the addresses of the listed proxies (none for an empty list). */
    static String regex(String listed) {
        List<String> parts = new ArrayList<>();
        for (String entry : listed.split(",")) {
            if (!entry.isBlank()) {
                parts.add(range(entry.strip()));
            }
        }
        return parts.isEmpty() ? "(?!)" : parts.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|"));
    }

    private static String range(String entry) {
        String[] cidr = entry.split("/", -1);
        InetAddress address = address(cidr[0], entry);
        int bits = address instanceof Inet4Address ? 32 : 128;
        int prefix = bits;
        if (cidr.length == 2) {
            try {
                prefix = Integer.parseInt(cidr[1]);
            } catch (NumberFormatException e) {
                throw refused(entry, "the prefix is not a number");
            }
        }
        if (cidr.length > 2 || prefix < 0 || prefix > bits) {
            throw refused(entry, "not an address or a range");
        }
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4(bytes, prefix) : ipv6(bytes, prefix, entry);
    }

    private static String ipv4(byte[] bytes, int prefix) {
        List<String> octets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int value = bytes[i] & 0xff;
            int fixedBits = Math.max(0, Math.min(8, prefix - 8 * i));
            int low = value & (0xff << (8 - fixedBits)) & 0xff;
            int high = low | (0xff >> fixedBits);
            octets.add(low == high ? String.valueOf(low) : alternatives(low, high, 10));
        }
        return String.join("\\.", octets);
    }

    /** Tomcat writes an IPv6 client as eight groups in lower-case hex without leading zeros. */
    private static String ipv6(byte[] bytes, int prefix, String entry) {
        if (prefix % 16 != 0) {
            throw refused(entry, "an IPv6 range must end on a group (a prefix that is a multiple of 16)");
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int value = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
            groups.add(16 * i < prefix ? Integer.toHexString(value) : "[0-9a-f]{1,4}");
        }
        return String.join(":", groups);
    }

    private static String alternatives(int low, int high, int radix) {
        return IntStream.rangeClosed(low, high).mapToObj(v -> Integer.toString(v, radix))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static InetAddress address(String literal, String entry) {
        // only literals: a host name here would be looked up in DNS at start, and could change
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            throw refused(entry, "not an IP address");
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (!(address instanceof Inet4Address) && !(address instanceof Inet6Address)) {
                throw refused(entry, "not an IP address");
            }
            return address;
        } catch (UnknownHostException e) {
            throw refused(entry, "not an IP address");
        }
    }

    private static IllegalStateException refused(String entry, String why) {
        return new IllegalStateException(PROPERTY + " (HUB_TRUSTED_PROXIES): '" + entry + "' is " + why
                + ". List the addresses of the proxies in front of the hub, e.g. 10.0.0.5, 10.0.1.0/24, ::1");
    }

    /** Whether {@code address} (as Tomcat writes it) is one of the listed proxies. */
    static boolean trusted(String listed, String address) {
        return Pattern.compile(regex(listed)).matcher(address).matches();
    }
}
