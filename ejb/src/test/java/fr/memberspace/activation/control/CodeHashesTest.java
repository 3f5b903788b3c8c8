package fr.memberspace.activation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeHashesTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final CodeBinding RESET = new CodeBinding("mcrn", "193592", "password-reset");

    private final CodeHashes hashes = new CodeHashes(SECRET);

    @Test
    void the_hash_is_64_hex_characters_and_stable() {
        String hash = hashes.hash(RESET, "123456");
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(new CodeHashes(SECRET).hash(RESET, "123456"));
    }

    @Test
    void the_hash_is_an_hmac_sha256_and_not_the_code() throws Exception {
        Mac plain = Mac.getInstance("HmacSHA256");
        plain.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String withoutBinding = HexFormat.of().formatHex(plain.doFinal("123456".getBytes(StandardCharsets.US_ASCII)));

        assertThat(hashes.hash(RESET, "123456")).doesNotContain("123456").isNotEqualTo(withoutBinding);
    }

    @Test
    void the_right_code_matches() {
        String stored = hashes.hash(RESET, "012345");
        assertThat(hashes.matches(RESET, "012345", stored)).isTrue();
    }

    @Test
    void a_wrong_code_does_not_match() {
        String stored = hashes.hash(RESET, "012345");
        assertThat(hashes.matches(RESET, "012346", stored)).isFalse();
        assertThat(hashes.matches(RESET, "12345", stored)).isFalse();
    }

    @Test
    void the_code_is_bound_to_the_mutual_the_member_and_the_purpose() {
        String stored = hashes.hash(RESET, "123456");
        assertThat(hashes.matches(new CodeBinding("other", "193592", "password-reset"), "123456", stored)).isFalse();
        assertThat(hashes.matches(new CodeBinding("mcrn", "193593", "password-reset"), "123456", stored)).isFalse();
        assertThat(hashes.matches(new CodeBinding("mcrn", "193592", "email-change"), "123456", stored)).isFalse();
    }

    @Test
    void fields_cannot_be_shifted_into_each_other() {
        assertThat(hashes.hash(new CodeBinding("mcrn", "19359", "2password-reset"), "123456"))
                .isNotEqualTo(hashes.hash(new CodeBinding("mcrn", "193592", "password-reset"), "123456"));
    }

    @Test
    void another_secret_gives_another_hash() {
        byte[] other = SECRET.clone();
        other[0] ^= 1;
        assertThat(new CodeHashes(other).hash(RESET, "123456")).isNotEqualTo(hashes.hash(RESET, "123456"));
    }

    @Test
    void the_secret_is_copied() {
        byte[] secret = SECRET.clone();
        CodeHashes copied = new CodeHashes(secret);
        String before = copied.hash(RESET, "123456");
        Arrays.fill(secret, (byte) 0);
        assertThat(copied.hash(RESET, "123456")).isEqualTo(before);
    }

    @Test
    void null_or_malformed_stored_hashes_never_match() {
        assertThat(hashes.matches(RESET, "123456", null)).isFalse();
        assertThat(hashes.matches(RESET, "123456", "")).isFalse();
        assertThat(hashes.matches(RESET, null, hashes.hash(RESET, "123456"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 31})
    void secrets_shorter_than_256_bits_are_refused(int size) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeHashes(new byte[size]));
    }

    @Test
    void a_missing_secret_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeHashes(null));
    }

    @Test
    void to_string_shows_no_secret() {
        assertThat(hashes.toString()).doesNotContain("0123456789abcdef");
    }
}
