package fr.memberspace.secret.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.memberspace.account.control.DecoyEmails;

class DecoyKeyTest {

    static final String OLD = "an old secret of at least thirty-two characters";
    static final String NEW = "the new secret, also thirty-two characters or more";
    static final byte[] RANDOM = "thirty-two random bytes, really!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void onTheFirstStartARandomKeyIsMadeAndStoredSealed() {
        var resolved = DecoyKey.resolve(SecretKeys.of(OLD, null), Optional.empty(), RANDOM::clone);

        assertThat(resolved.key()).isEqualTo(RANDOM);
        assertThat(resolved.toStore()).get().asString().doesNotContain("thirty-two random bytes")
                .startsWith(SecretKeys.of(OLD, null).currentId() + ":");
        assertThat(DecoyKey.resolve(SecretKeys.of(OLD, null), resolved.toStore(), () -> new byte[32]).toStore())
                .as("nothing to store at the next start").isEmpty();
    }

    @Test
    void aRotationKeepsEveryDecoyAddressSoItRevealsNoRealNumber() {
        var first = DecoyKey.resolve(SecretKeys.of(OLD, null), Optional.empty(), RANDOM::clone);
        var decoysBefore = new DecoyEmails(first.key());

        var rotated = DecoyKey.resolve(SecretKeys.of(NEW, OLD), first.toStore(), () -> new byte[32]);
        var afterDroppingOld = DecoyKey.resolve(SecretKeys.of(NEW, null), rotated.toStore(), () -> new byte[32]);

        assertThat(rotated.toStore()).as("sealed again under the new secret").get().asString()
                .startsWith(SecretKeys.of(NEW, null).currentId() + ":");
        assertThat(afterDroppingOld.toStore()).isEmpty();
        var decoysAfter = new DecoyEmails(afterDroppingOld.key());
        for (var number : new String[] {"100003", "555555", "99999999"}) {
            assertThat(decoysAfter.forUnknownMember("mcrn", number)).isEqualTo(decoysBefore.forUnknownMember("mcrn", number));
        }
    }

    @Test
    void aKeySealedWithAnUnknownSecretRefusesTheDeploymentSayingWhatToSet() {
        var stored = DecoyKey.resolve(SecretKeys.of(OLD, null), Optional.empty(), RANDOM::clone).toStore();

        assertThatThrownBy(() -> DecoyKey.resolve(SecretKeys.of(NEW, null), stored, () -> new byte[32]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set the secret it was made with as MEMBERSPACE_PREVIOUS_SECRET");
    }
}
