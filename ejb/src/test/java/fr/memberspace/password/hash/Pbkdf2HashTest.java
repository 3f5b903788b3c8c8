package fr.memberspace.password.hash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** PBKDF2-SHA256 hashes imported from the old platform: checked against the JDK's own PBKDF2. */
class Pbkdf2HashTest {

    private final PasswordHashes hashes = new PasswordHashes();

    @Test
    void verifiesThePublishedRfc7914Vector() throws Exception {
        // RFC 7914 §11: PBKDF2-HMAC-SHA-256 (P="passwd", S="salt", c=1, dkLen=64)
        String expected = "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783";
        assertThat(HexFormat.of().formatHex(jdkPbkdf2("passwd", bytes("salt"), 1, 64))).isEqualTo(expected);
        String phc = "$pbkdf2-sha256$i=1$" + b64(bytes("salt")) + "$" + b64(HexFormat.of().parseHex(expected));

        assertThat(hashes.verify("passwd", phc)).isEqualTo(new Verification(true, true));
        assertThat(hashes.verify("Passwd", phc)).isEqualTo(Verification.NO_MATCH);
    }

    @ParameterizedTest(name = "[{0}] with {1} iterations")
    @CsvSource(delimiter = '|', value = {
            "Tournesol!Moulin7   | 1000",
            "Cr\u00eape-Bl\u00e9!7        | 29000",
            "\ud83d\udd12motdepasse   | 10",
    })
    void verifiesPhcAndPasslibSpellingsAndAlwaysAsksForRehash(String password, int iterations) throws Exception {
        byte[] salt = HexFormat.of().parseHex("fbefe3fa9f0b3f1fbe53dff8ffbe7ffe"); // base64 with + and /
        byte[] hash = jdkPbkdf2(password, salt, iterations, 32);
        String phc = "$pbkdf2-sha256$i=" + iterations + "$" + b64(salt) + "$" + b64(hash);
        String passlib = "$pbkdf2-sha256$" + iterations + "$" + b64(salt).replace('+', '.') + "$" + b64(hash).replace('+', '.');
        assertThat(b64(salt)).contains("+");

        assertThat(hashes.verify(password, phc)).isEqualTo(new Verification(true, true));
        assertThat(hashes.verify(password, passlib)).isEqualTo(new Verification(true, true));
        assertThat(hashes.verify(password + " ", phc)).isEqualTo(Verification.NO_MATCH);
        assertThat(hashes.verify(password + " ", passlib)).isEqualTo(Verification.NO_MATCH);
    }

    @Test
    void readsPaddedBase64Too() throws Exception {
        byte[] salt = bytes("sel-de-guerande");
        byte[] hash = jdkPbkdf2("Tournesol!Moulin7", salt, 100, 32);
        String phc = "$pbkdf2-sha256$i=100$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(hash);

        assertThat(hashes.matches("Tournesol!Moulin7", phc)).isTrue();
    }

    private static byte[] jdkPbkdf2(String password, byte[] salt, int iterations, int bytes) throws Exception {
        var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
