package fr.memberspace.web.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies and load balancers whose {@code X-Forwarded-For} is believed, as
 * addresses or CIDR blocks ({@code 10.0.0.0/8, 2001:db8::/32}), and the client address of a
 * request in front of them.
 * <p>
 * The header is read from the right, the way Tomcat's RemoteIpValve does: each trusted
 * proxy appends the address it received the request from, so the rightmost entries are
 * written by our own proxies and the leftmost by whoever sent the request. Walking left
 * while the hop is a trusted proxy stops at the first address none of them vouches for:
 * that is the client. What a client writes itself in the header stays to the left of it
 * and is never used; a request that does not come from a trusted proxy keeps its peer
 * address whatever its headers say. (Undertow's own forwarding takes the leftmost entry,
 * which a client chooses: see the README.)
 * <p>
 * Only address literals are read; a host name is refused, so no DNS lookup is made.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](?::\\d{1,5})?");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Nobody is trusted: the client address is always the connection's peer. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * Reads a list separated by commas or spaces; blank or {@code none} trusts nobody.
     *
     * @throws IllegalArgumentException naming the entry that is neither an address nor a CIDR block
     */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank() || list.strip().equalsIgnoreCase("none")) {
            return none();
        }
        var blocks = new ArrayList<Block>();
        for (var entry : list.strip().split("[,\\s]+")) {
            blocks.add(Block.parse(entry).orElseThrow(
                    () -> new IllegalArgumentException("not an IP address or CIDR block: " + entry)));
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The client address of a request that came from {@code peer} with these
     * {@code X-Forwarded-For} header values (in the order received).
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        var peerAddress = literal(peer);
        if (peerAddress.isEmpty() || !trusts(peerAddress.get()) || forwardedFor.isEmpty()) {
            return peer;
        }
        var hops = new ArrayList<String>();
        for (var header : forwardedFor) {
            for (var hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        var client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage where a proxy of ours should have written an address: keep the last one we trust
            }
            client = hop.get().getHostAddress();
            if (!trusts(hop.get())) {
                break;
            }
        }
        return client;
    }

    private boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    @Override
    public String toString() {
        return blocks.isEmpty() ? "none" : String.join(", ", blocks.stream().map(Block::toString).toList());
    }

    /** An IP address literal, with an optional port ({@code 1.2.3.4:80}, {@code [::1]:80}); never a name. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var literal = text.strip();
        var withPort = IPV4_WITH_PORT.matcher(literal);
        if (withPort.matches()) {
            literal = withPort.group(1);
        }
        var bracketed = BRACKETED_IPV6.matcher(literal);
        if (bracketed.matches()) {
            literal = bracketed.group(1);
        }
        try {
            if (IPV4.matcher(literal).matches()) {
                for (var octet : literal.split("\\.")) {
                    if (Integer.parseInt(octet) > 255) {
                        return Optional.empty();
                    }
                }
                return Optional.of(InetAddress.getByName(literal));
            }
            if (literal.contains(":") && IPV6.matcher(literal).matches()) {
                // Brackets make the JDK parse an IPv6 literal and never resolve a name.
                return Optional.of(InetAddress.getByName("[" + literal + "]"));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** An address and a prefix length. */
    private record Block(byte[] network, int prefix, String text) {

        static Optional<Block> parse(String entry) {
            var slash = entry.indexOf('/');
            var address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address.isEmpty() || entry.contains("[")) {
                return Optional.empty();
            }
            var bytes = address.get().getAddress();
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Block(bytes, prefix, entry));
        }

        boolean contains(InetAddress address) {
            var bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
