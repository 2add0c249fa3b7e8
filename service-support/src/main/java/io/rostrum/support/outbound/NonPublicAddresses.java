package io.rostrum.support.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses that are not the public internet, each range with what it is: a request from configuration that
 * reaches one of them could reach this machine, its network or the cloud's metadata service.
 */
final class NonPublicAddresses {

    private static final List<Range> RANGES = List.of(
            Range.of("0.0.0.0/8", "an unspecified address (0.0.0.0/8)"),
            Range.of("10.0.0.0/8", "a private address (RFC 1918)"),
            Range.of("100.64.0.0/10", "a shared carrier-grade NAT address (RFC 6598)"),
            Range.of("127.0.0.0/8", "a loopback address"),
            Range.of("169.254.0.0/16", "a link-local address (169.254.0.0/16, where cloud metadata services answer)"),
            Range.of("172.16.0.0/12", "a private address (RFC 1918)"),
            Range.of("192.168.0.0/16", "a private address (RFC 1918)"),
            Range.of("224.0.0.0/4", "a multicast address"),
            Range.of("240.0.0.0/4", "a reserved address (240.0.0.0/4, broadcast included)"),
            Range.of("::/128", "an unspecified address (::)"),
            Range.of("::1/128", "a loopback address"),
            Range.of("fc00::/7", "a unique local address (fc00::/7)"),
            Range.of("fe80::/10", "a link-local address (fe80::/10)"),
            Range.of("fec0::/10", "a site-local address (fec0::/10)"),
            Range.of("ff00::/8", "a multicast address"));

    /**
     * IPv6 prefixes whose last 32 bits are an IPv4 address: IPv4-compatible (::/96), IPv4-mapped (::ffff:0:0/96;
     * the JDK turns most into IPv4 addresses, not all) and NAT64 (64:ff9b::/96).
     */
    private static final List<byte[]> CARRYING_IPV4 = List.of(new byte[12],
            new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff},
            new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0});

    private NonPublicAddresses() {
    }

    /** What kind of non-public address this is, or empty for a public one. */
    static Optional<String> describe(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<String> range = RANGES.stream().filter(candidate -> candidate.contains(bytes))
                .map(Range::description).findFirst();
        if (range.isPresent() || bytes.length == 4) {
            return range;
        }
        // an IPv6 address that carries an IPv4 one reaches that one, so it is judged by it
        byte[] first96Bits = Arrays.copyOf(bytes, 12);
        return CARRYING_IPV4.stream().anyMatch(prefix -> Arrays.equals(prefix, first96Bits))
                ? describe(ipv4(Arrays.copyOfRange(bytes, 12, 16))) : Optional.empty();
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalArgumentException(impossible);
        }
    }

    /** A CIDR block. */
    private record Range(byte[] network, int prefixLength, String description) {

        static Range of(String cidr, String description) {
            int slash = cidr.indexOf('/');
            try {
                // a literal address: parsed, never looked up
                byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                return new Range(network, Integer.parseInt(cidr.substring(slash + 1)), description);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int remainingBits = prefixLength % 8;
            if (remainingBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - remainingBits)) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
