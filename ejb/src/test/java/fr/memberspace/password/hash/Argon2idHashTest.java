package fr.memberspace.password.hash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers from the reference implementation (P-H-C/phc-winner-argon2, src/test.c and its CLI). */
class Argon2idHashTest {

    private static final String REFERENCE =
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

    @Test
    void verifiesTheReferenceCliHashOfPasswordWithSomesalt() {
        PasswordHashes hashes = new PasswordHashes(new HashParameters(65_536, 2, 1));

        // matches; its 8-byte salt is shorter than the 16 bytes we use, so it is to be re-hashed
        assertThat(hashes.verify("password", REFERENCE)).isEqualTo(new Verification(true, true));
        assertThat(hashes.verify("passwore", REFERENCE)).isEqualTo(Verification.NO_MATCH);
        assertThat(new PasswordHashes().verify("password", REFERENCE)).isEqualTo(new Verification(true, true));
    }

    @Test
    void computesTheReferenceTagAndEncodesItTheReferenceWay() {
        Argon2idHash hash = Argon2idHash.compute(bytes("password"), bytes("somesalt"), new HashParameters(65_536, 2, 1));

        assertThat(hash.encoded()).isEqualTo(REFERENCE);
        assertThat(Argon2idHash.parse(REFERENCE)).get().extracting(Argon2idHash::encoded).isEqualTo(REFERENCE);
        // the raw tag printed by the reference test suite
        assertThat(HexFormat.of().formatHex(java.util.Base64.getDecoder().decode(REFERENCE.substring(REFERENCE.lastIndexOf('$') + 1))))
                .isEqualTo("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "password | $argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
            "password | $argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc",
            "password | $argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
    })
    void verifiesReferenceTestSuiteHashes(String password, String phc) {
        Argon2idHash hash = Argon2idHash.parse(phc).orElseThrow();

        assertThat(hash.matches(bytes(password))).isTrue();
        assertThat(hash.matches(bytes(password + "!"))).isFalse();
        assertThat(hash.encoded()).isEqualTo(phc);
    }

    @Test
    void readsParametersAndVersionFromTheString() {
        Argon2idHash hash = Argon2idHash.parse(REFERENCE).orElseThrow();

        assertThat(hash.parameters()).isEqualTo(new HashParameters(65_536, 2, 1));
        assertThat(hash.version()).isEqualTo(19);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
