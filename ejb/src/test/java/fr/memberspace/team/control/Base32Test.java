package fr.memberspace.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    /** RFC 4648, section 10 (without padding). */
    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void vectorsOfRfc4648(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(Base32.decode(base32)).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo(text));
    }

    @Test
    void decodingIgnoresCaseAndSpacesAndRefusesOtherCharacters() {
        assertThat(Base32.decode("mzxw 6ytb oi")).hasValueSatisfying(
                bytes -> assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("foobar"));
        assertThat(Base32.decode("MZXW1")).isEmpty();
    }

    @Test
    void aNewSecretIs160Bits() {
        assertThat(Base32.decode(TotpSecrets.newSecret())).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(20));
    }
}
