package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {

    @ParameterizedTest(name = "{0} is counted as {1}")
    @CsvSource({
            "203.0.113.7,                              203.0.113.7",
            "' 203.0.113.7 ',                          203.0.113.7",
            "2001:db8:1:2:aaaa:bbbb:cccc:dddd,         2001:db8:1:2::/64",
            "2001:db8:1:2::1,                          2001:db8:1:2::/64",
            "[2001:DB8:1:2::ffff],                     2001:db8:1:2::/64",
            "2001:db8:1:3::1,                          2001:db8:1:3::/64",
            "::1,                                      0:0:0:0::/64",
            "fe80::1%eth0,                             fe80:0:0:0::/64",
            "fe80::1%no-such-interface-here,           fe80:0:0:0::/64",
            "fe80::2%3,                                fe80:0:0:0::/64",
            "::ffff:203.0.113.7,                       203.0.113.7",
    })
    void addresses_are_counted_by_ipv4_or_ipv6_slash_64(String remote, String key) {
        assertThat(ClientAddress.of(remote)).contains(new ClientAddress(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.org", "cafe.be", "256.0.0.1", "1.2.3", "1:2:3:4:5:6:7:8:9",
            "gggg::1", "[]", "1.2.3.4.5"})
    void anything_but_an_address_literal_is_refused_without_lookup(String remote) {
        assertThat(ClientAddress.of(remote)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void no_address_is_refused(String remote) {
        assertThat(ClientAddress.of(remote)).isEmpty();
    }
}
