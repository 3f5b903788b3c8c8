package fr.memberspace.password.hash;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashesTest {

    private static final String PHC = "^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$";

    private final PasswordHashes hashes = new PasswordHashes();

    @Test
    void defaultsToOwaspParameters() {
        assertThat(hashes.parameters()).isEqualTo(new HashParameters(19_456, 2, 1));
    }

    @Test
    void hashesAsAnArgon2idPhcStringWith16ByteSaltAnd32ByteHash() {
        String hash = hashes.hash("Tournesol!Moulin7");

        assertThat(hash).matches(PHC);
        String[] parts = hash.split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
    }

    @Test
    void roundTrip() {
        String hash = hashes.hash("Tournesol!Moulin7");

        assertThat(hashes.verify("Tournesol!Moulin7", hash)).isEqualTo(new Verification(true, false));
        assertThat(hashes.matches("Tournesol!Moulin7", hash)).isTrue();
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        String hash = hashes.hash("Tournesol!Moulin7");

        assertThat(hashes.verify("Tournesol!Moulin8", hash)).isEqualTo(Verification.NO_MATCH);
        assertThat(hashes.verify("tournesol!Moulin7", hash)).isEqualTo(Verification.NO_MATCH);
        assertThat(hashes.verify("", hash)).isEqualTo(Verification.NO_MATCH);
    }

    @Test
    void saltsAreRandom() {
        assertThat(hashes.hash("Tournesol!Moulin7")).isNotEqualTo(hashes.hash("Tournesol!Moulin7"));
    }

    @Test
    void nfdTypedPasswordMatchesItsNfcHash() {
        String hash = hashes.hash("Cr\u00eape-Bl\u00e9!7");

        assertThat(hashes.matches("Cre\u0302pe-Ble\u0301!7", hash)).isTrue();
    }

    @Test
    void emojiAndLongPasswordsRoundTrip() {
        String emoji = "\ud83d\udd12Tournesol\ud83c\udf3b7";
        String long128 = "Tournesol!Moulin7-".repeat(8).substring(0, 128);

        assertThat(hashes.matches(emoji, hashes.hash(emoji))).isTrue();
        assertThat(hashes.matches(long128, hashes.hash(long128))).isTrue();
        assertThat(hashes.matches(long128.substring(0, 127), hashes.hash(long128))).isFalse();
    }

    @Test
    void hashesMadeWithOtherParametersMatchButNeedRehash() {
        PasswordHashes older = new PasswordHashes(new HashParameters(4096, 3, 1));
        String oldHash = older.hash("Tournesol!Moulin7");

        assertThat(oldHash).startsWith("$argon2id$v=19$m=4096,t=3,p=1$");
        assertThat(hashes.verify("Tournesol!Moulin7", oldHash)).isEqualTo(new Verification(true, true));
        assertThat(older.verify("Tournesol!Moulin7", oldHash)).isEqualTo(new Verification(true, false));
        assertThat(hashes.verify("wrong", oldHash)).isEqualTo(Verification.NO_MATCH);
    }

    @Test
    void argon2VersionOneZeroHashesMatchAndNeedRehash() {
        HashParameters cheap = new HashParameters(256, 2, 1);
        byte[] salt = "sel-de-guerande!".getBytes(StandardCharsets.UTF_8);
        String v10 = argon2id(Argon2Parameters.ARGON2_VERSION_10, "password", salt, cheap);
        String v13 = argon2id(Argon2Parameters.ARGON2_VERSION_13, "password", salt, cheap);
        assertThat(v10).isNotEqualTo(v13);
        PasswordHashes hashes = new PasswordHashes(cheap);

        // the reference omits "v=" for version 1.0; both spellings are read
        assertThat(hashes.verify("password", "$argon2id$m=256,t=2,p=1$" + v10)).isEqualTo(new Verification(true, true));
        assertThat(hashes.verify("password", "$argon2id$v=16$m=256,t=2,p=1$" + v10)).isEqualTo(new Verification(true, true));
        assertThat(hashes.verify("password", "$argon2id$v=19$m=256,t=2,p=1$" + v10)).isEqualTo(Verification.NO_MATCH);
        assertThat(hashes.verify("password", "$argon2id$v=19$m=256,t=2,p=1$" + v13)).isEqualTo(new Verification(true, false));
    }

    /** "salt$hash" computed straight with Bouncy Castle, for the given Argon2 version. */
    private static String argon2id(int version, String password, byte[] salt, HashParameters parameters) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(version)
                .withMemoryAsKB(parameters.memoryKiB()).withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism()).withSalt(salt).build());
        byte[] out = new byte[32];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return b64.encodeToString(salt) + "$" + b64.encodeToString(out);
    }

    @ParameterizedTest(name = "[{0}] is no match")
    @NullSource
    @ValueSource(strings = {
            "",
            "Tournesol!Moulin7",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$!!!notbase64!!!",
            "$argon2id$v=19$m=x,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$t=2,m=65536,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=065536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=+65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1,keyid=AAA$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=0,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=0$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=2147483647,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=18$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc$extra",
            "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$argon2d$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            "$pbkdf2-sha256$i=0$c2FsdA$AAAA",
            "$pbkdf2-sha256$i=abc$c2FsdA$AAAA",
            "$pbkdf2-sha256$1000$c2+sdA$AAAA",
            "$pbkdf2-sha256$i=1000$$AAAA",
            "$pbkdf2-sha1$i=1000$c2FsdA$AAAA",
            "$pbkdf2-sha256$i=1000$c2FsdA",
    })
    void malformedHashesAreNoMatchAndNeverThrow(String storedHash) {
        assertThat(hashes.verify("password", storedHash)).isEqualTo(Verification.NO_MATCH);
    }

    @Test
    void dummyVerificationIsAlwaysNoMatch() {
        assertThat(hashes.verifyDummy("Tournesol!Moulin7")).isEqualTo(Verification.NO_MATCH);
        assertThat(hashes.verifyDummy("")).isEqualTo(Verification.NO_MATCH);
        assertThat(hashes.verifyDummy(null)).isEqualTo(Verification.NO_MATCH);
    }
}
