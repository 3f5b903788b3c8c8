package fr.memberspace.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7 2001:db8::/32");

    @Test
    void noProxyByDefault() {
        assertThat(TrustedProxies.parse("none").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse("").isEmpty()).isTrue();
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
        assertThat(TrustedProxies.none().clientAddress("10.0.0.1", List.of("198.51.100.7"))).isEqualTo("10.0.0.1");
    }

    @Test
    void aRequestFromAnUntrustedPeerKeepsItsAddressWhateverItsHeadersSay() {
        assertThat(PROXIES.clientAddress("203.0.113.9", List.of("198.51.100.7"))).isEqualTo("203.0.113.9");
        assertThat(PROXIES.clientAddress("192.168.1.8", List.of("198.51.100.7"))).isEqualTo("192.168.1.8");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItAppended() {
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(PROXIES.clientAddress("192.168.1.7", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void whatTheClientWroteItselfIsIgnored() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
        // a proxy that adds a header line of its own instead of appending
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("1.2.3.4", "198.51.100.7"))).isEqualTo("198.51.100.7");
    }

    @Test
    void severalTrustedProxiesInARow() {
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("1.2.3.4, 198.51.100.7, 10.9.9.9, 192.168.1.7")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void onlyTrustedHopsGiveTheLeftmost() {
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("10.0.0.5, 10.0.0.6"))).isEqualTo("10.0.0.5");
    }

    @Test
    void garbageWhereAnAddressShouldBeStopsAtTheLastTrustedHop() {
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("198.51.100.7, unknown"))).isEqualTo("10.1.2.3");
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("evil.example.org"))).isEqualTo("10.1.2.3");
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of("999.1.1.1"))).isEqualTo("10.1.2.3");
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @ParameterizedTest
    @CsvSource({
            "198.51.100.7:4711, 198.51.100.7",
            "[2001:db9::1]:443, 2001:db9:0:0:0:0:0:1",
            "2001:db9::1, 2001:db9:0:0:0:0:0:1",
    })
    void portsAndIpv6(String hop, String client) {
        assertThat(PROXIES.clientAddress("10.1.2.3", List.of(hop))).isEqualTo(client);
    }

    @Test
    void ipv6ProxiesAndIpv4MappedPeers() {
        assertThat(PROXIES.clientAddress("2001:db8::5", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(PROXIES.clientAddress("::ffff:10.0.0.1", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(PROXIES.clientAddress("2001:db9::5", List.of("198.51.100.7"))).isEqualTo("2001:db9::5");
    }

    @Test
    void aPrefixCoversItsBlockOnly() {
        var proxies = TrustedProxies.parse("172.16.0.0/12");
        assertThat(proxies.clientAddress("172.31.255.255", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("172.32.0.0", List.of("198.51.100.7"))).isEqualTo("172.32.0.0");
        assertThat(proxies.clientAddress("172.15.255.255", List.of("198.51.100.7"))).isEqualTo("172.15.255.255");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.org", "10.0.0.0/33", "10.0.0.0/x", "300.1.1.1", "2001:db8::/129", "[::1]"})
    void aWrongEntryIsRefusedByName(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1, " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }
}
