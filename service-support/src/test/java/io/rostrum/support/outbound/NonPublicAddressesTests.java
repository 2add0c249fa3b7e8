package io.rostrum.support.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NonPublicAddressesTests {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1           | a loopback address
            127.255.0.9         | a loopback address
            ::1                 | a loopback address
            10.1.2.3            | a private address (RFC 1918)
            172.16.0.1          | a private address (RFC 1918)
            172.31.255.255      | a private address (RFC 1918)
            192.168.1.20        | a private address (RFC 1918)
            169.254.169.254     | a link-local address (169.254.0.0/16, where cloud metadata services answer)
            fe80::1             | a link-local address (fe80::/10)
            fd12:3456::1        | a unique local address (fc00::/7)
            fec0::1             | a site-local address (fec0::/10)
            224.0.0.251         | a multicast address
            ff02::1             | a multicast address
            0.0.0.0             | an unspecified address (0.0.0.0/8)
            ::                  | an unspecified address (::)
            100.64.0.1          | a shared carrier-grade NAT address (RFC 6598)
            255.255.255.255     | a reserved address (240.0.0.0/4, broadcast included)
            ::ffff:127.0.0.1    | a loopback address
            ::7f00:1            | a loopback address
            64:ff9b::a9fe:a9fe  | a link-local address (169.254.0.0/16, where cloud metadata services answer)
            """)
    void namesWhatANonPublicAddressIs(String address, String kind) throws UnknownHostException {
        assertThat(NonPublicAddresses.describe(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "9.255.255.255",
            "2606:4700:4700::1111", "64:ff9b::808:808"})
    void passesAPublicAddress(String address) throws UnknownHostException {
        assertThat(NonPublicAddresses.describe(InetAddress.getByName(address))).isEmpty();
    }
}
