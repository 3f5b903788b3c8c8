package fr.memberspace.throttle.control;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key under which a client's events are counted: an IPv4 address as is, an IPv6
 * address by its /64 prefix (one subscriber usually gets a whole /64 and could otherwise
 * change address at every try). IPv4-mapped IPv6 addresses count as IPv4.
 *
 * <p>Only address literals are read; a host name is refused, so no DNS lookup is made.
 */
public record ClientAddress(String key) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[0-9A-Za-z._-]+)?");

    public ClientAddress {
        Objects.requireNonNull(key, "key");
    }

    /** The key of a remote address as given by the servlet container, or empty if it is not a literal. */
    public static Optional<ClientAddress> of(String remoteAddress) {
        if (remoteAddress == null) {
            return Optional.empty();
        }
        String literal = remoteAddress.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (IPV4.matcher(literal).matches()) {
            return ipv4(literal);
        }
        if (literal.contains(":") && IPV6.matcher(literal).matches()) {
            return ipv6(literal);
        }
        return Optional.empty();
    }

    private static Optional<ClientAddress> ipv4(String literal) {
        String[] parts = literal.split("\\.");
        StringBuilder key = new StringBuilder();
        for (String part : parts) {
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            key.append(key.length() == 0 ? "" : ".").append(octet);
        }
        return Optional.of(new ClientAddress(key.toString()));
    }

    private static Optional<ClientAddress> ipv6(String literal) {
        InetAddress address;
        // The zone ("%eth0") names an interface of the host: it says nothing of the /64, and
        // the JDK would refuse an interface the host does not have. Dropped.
        int zone = literal.indexOf('%');
        String withoutZone = zone < 0 ? literal : literal.substring(0, zone);
        try {
            // Brackets make the JDK parse an IPv6 literal and never resolve a name.
            address = InetAddress.getByName("[" + withoutZone + "]");
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        if (address instanceof Inet4Address) {
            return Optional.of(new ClientAddress(address.getHostAddress()));
        }
        byte[] bytes = address.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            int value = ((bytes[2 * group] & 0xFF) << 8) | (bytes[2 * group + 1] & 0xFF);
            prefix.append(Integer.toHexString(value)).append(':');
        }
        return Optional.of(new ClientAddress(prefix.append(":/64").toString()));
    }

    @Override
    public String toString() {
        return key;
    }
}
