package fr.memberspace.secret.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SealedTest {

    static final String OLD = "an old secret of at least thirty-two characters";
    static final String NEW = "the new secret, also thirty-two characters or more";

    final SecretKeys keys = SecretKeys.of(NEW, null);

    @Test
    void aSealedValueOpensWithItsUseAndContext() {
        var sealed = Sealed.seal(keys, "outbox-code", "123456", "outbox-code/mcrn/193592");

        assertThat(Sealed.open(keys, "outbox-code", sealed, "outbox-code/mcrn/193592")).contains("123456");
    }

    @Test
    void theValueIsNotReadableInWhatIsStored() {
        var sealed = Sealed.seal(keys, "outbox-code", "123456", "ctx");

        assertThat(sealed).doesNotContain("123456").startsWith(keys.currentId() + ":");
        assertThat(Sealed.seal(keys, "outbox-code", "123456", "ctx")).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void anotherContextUseOrAlteredValueDoesNotOpen() {
        var sealed = Sealed.seal(keys, "outbox-code", "123456", "outbox-code/mcrn/193592");

        assertThat(Sealed.open(keys, "outbox-code", sealed, "outbox-code/mcrn/100001")).isEmpty();
        assertThat(Sealed.open(keys, "decoy-key", sealed, "outbox-code/mcrn/193592")).isEmpty();
        var altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("AA") ? "BB" : "AA");
        assertThat(Sealed.open(keys, "outbox-code", altered, "outbox-code/mcrn/193592")).isEmpty();
        assertThat(Sealed.open(keys, "outbox-code", "garbage", "ctx")).isEmpty();
        assertThat(Sealed.open(keys, "outbox-code", keys.currentId() + ":!!", "ctx")).isEmpty();
        assertThat(Sealed.open(keys, "outbox-code", null, "ctx")).isEmpty();
    }

    @Test
    void afterARotationValuesOfThePreviousSecretStillOpenUntilItIsDropped() {
        var before = SecretKeys.of(OLD, null);
        var sealed = Sealed.seal(before, "outbox-code", "123456", "ctx");

        assertThat(Sealed.open(SecretKeys.of(NEW, OLD), "outbox-code", sealed, "ctx")).contains("123456");
        assertThat(Sealed.open(SecretKeys.of(NEW, null), "outbox-code", sealed, "ctx")).isEmpty();
        assertThat(Sealed.keyId(Sealed.seal(SecretKeys.of(NEW, OLD), "outbox-code", "1", "ctx")))
                .contains(SecretKeys.of(NEW, null).currentId());
    }
}
