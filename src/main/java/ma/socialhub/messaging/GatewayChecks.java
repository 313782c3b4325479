package ma.socialhub.messaging;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What makes gateway settings unusable, by field, as translation keys — checked before saving so
 * that an administrator learns it beside the field rather than from messages piling up unsent.
 */
final class GatewayChecks {

    private GatewayChecks() {
    }

    static Map<String, String> problems(MessageSettings s, @Nullable String newPassword) {
        Map<String, String> problems = new LinkedHashMap<>();
        GatewaySettings g = s.gateway();
        if (g.kind() != GatewaySettings.Kind.NONE && !validSender(g.senderId())) {
            problems.put("senderId", "messages.admin.error.sender");
        }
        if (g.ratePerSecond() < 1 || g.ratePerSecond() > 1000) {
            problems.put("ratePerSecond", "messages.admin.error.rate");
        }
        if (g.window() < 1 || g.window() > 100) {
            problems.put("window", "messages.admin.error.window");
        }
        switch (g.kind()) {
            case SMPP -> {
                if (!g.host().matches("[A-Za-z0-9.-]{1,253}")) {
                    problems.put("host", "messages.admin.error.host");
                }
                if (g.port() < 1 || g.port() > 65535) {
                    problems.put("port", "messages.admin.error.port");
                }
                if (g.systemId().isBlank() || g.systemId().length() > 15) {
                    problems.put("systemId", "messages.admin.error.systemId");
                }
                if (g.systemType().length() > 12) {
                    problems.put("systemType", "messages.admin.error.systemType");
                }
                if (!s.passwordSet() && (newPassword == null || newPassword.isBlank())) {
                    problems.put("password", "messages.admin.error.password");
                } else if (newPassword != null && newPassword.length() > 8) {
                    // SMPP 3.4's bind carries at most 8 characters; a longer one would never bind
                    problems.put("password", "messages.admin.error.passwordLength");
                }
            }
            case HTTP -> {
                if (!validUrl(g.httpUrl())) {
                    problems.put("httpUrl", "messages.admin.error.url");
                }
            }
            case NONE -> {
                // nothing to reach
            }
        }
        if (s.quietFrom() == null || s.quietUntil() == null) {
            problems.put("quietFrom", "messages.admin.error.quiet");
        }
        if (s.nearAhead() < 1 || s.nearAhead() > 50) {
            problems.put("nearAhead", "messages.admin.error.near");
        }
        if (s.nearMinutes() < 1 || s.nearMinutes() > 240) {
            problems.put("nearMinutes", "messages.admin.error.near");
        }
        return problems;
    }

    /** An alphanumeric sender of at most 11 characters, or a number of at most 15 digits. */
    static boolean validSender(String sender) {
        return sender.matches("[A-Za-z0-9 ._-]{1,11}") || sender.matches("\\+?[0-9]{3,15}");
    }

    /** Whether the secret typed for {@code before} may go to {@code after}: the same kind, server, account and address. */
    static boolean sameEndpoint(GatewaySettings before, GatewaySettings after) {
        return before.kind() == after.kind() && before.host().equals(after.host()) && before.port() == after.port()
                && before.systemId().equals(after.systemId()) && before.httpUrl().equals(after.httpUrl());
    }

    /**
     * HTTPS to a named provider: no address of this machine or its networks (the hub would call its
     * own services with the provider's token), no account or key in the address itself (it would be
     * shown and logged; the token field is encrypted).
     */
    static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            String host = uri.getHost();
            if (host == null || !"https".equals(uri.getScheme()) || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return false;
            }
            return !internal(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean internal(String host) {
        String name = host.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local") || name.endsWith(".internal")) {
            return true;
        }
        if (!name.matches("[0-9.]+") && !name.contains(":")) {
            return false;
        }
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(name.replace("[", "").replace("]", ""));
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress()
                    || address instanceof java.net.Inet6Address v6 && (v6.getAddress()[0] & 0xFE) == 0xFC;
        } catch (java.net.UnknownHostException e) {
            return true;
        }
    }
}
