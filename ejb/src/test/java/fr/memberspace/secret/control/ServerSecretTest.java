package fr.memberspace.secret.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerSecretTest {

    static final String OLD = "an old secret of at least thirty-two characters";
    static final String NEW = "the new secret, also thirty-two characters or more";

    @Test
    void aMissingSecretRefusesTheDeploymentSayingWhatToDo() {
        assertThatThrownBy(() -> ServerSecret.fromEnvironment(Map.<String, String>of()::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("MEMBERSPACE_SECRET is not set: set it to 32 or more random characters")
                .hasMessageEndingWith("Deployment refused.");
    }

    @Test
    void aShortSecretRefusesTheDeploymentWithoutShowingIt() {
        var env = Map.of("MEMBERSPACE_SECRET", "s3cr3t-but-only-31-characters..");

        assertThatThrownBy(() -> ServerSecret.fromEnvironment(env::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("MEMBERSPACE_SECRET: the current secret must have at least 32 characters (it has 31)."
                        + " Deployment refused.");
    }

    @Test
    void aShortPreviousSecretIsNamedToo() {
        var env = Map.of("MEMBERSPACE_SECRET", NEW, "MEMBERSPACE_PREVIOUS_SECRET", "short");

        assertThatThrownBy(() -> ServerSecret.fromEnvironment(env::get))
                .hasMessageStartingWith("MEMBERSPACE_PREVIOUS_SECRET: the previous secret must have");
    }

    @Test
    void thirtyTwoCharactersAreEnough() {
        assertThat(ServerSecret.fromEnvironment(Map.of("MEMBERSPACE_SECRET", "x".repeat(32))::get).currentId())
                .hasSize(8);
    }

    @Test
    void aKeyedValueNamesItsKeyAndIsCheckedWithIt() {
        var before = new ServerSecret(SecretKeys.of(OLD, null));
        var hash = before.keyed("activation-code", key -> "mac-of-" + key.length);

        assertThat(hash).isEqualTo(SecretKeys.of(OLD, null).currentId() + ":mac-of-32");
        assertThat(before.checkKeyed("activation-code", hash, (key, value) -> value.equals("mac-of-32"))).isTrue();
        assertThat(before.checkKeyed("activation-code", "mac-of-32", (key, value) -> true))
                .as("no key id").isFalse();
    }

    @Test
    void afterARotationOldValuesAreCheckedWithThePreviousKeyNewOnesAreMadeWithTheNew() {
        var before = new ServerSecret(SecretKeys.of(OLD, null));
        var oldKey = SecretKeys.of(OLD, null).current("activation-code");
        var oldHash = before.keyed("activation-code", key -> "v");
        var rotated = new ServerSecret(SecretKeys.of(NEW, OLD));

        assertThat(rotated.checkKeyed("activation-code", oldHash,
                (key, value) -> java.util.Arrays.equals(key, oldKey.bytes()))).isTrue();
        assertThat(rotated.keyed("activation-code", key -> "v")).startsWith(SecretKeys.of(NEW, null).currentId() + ":");
        assertThat(new ServerSecret(SecretKeys.of(NEW, null)).checkKeyed("activation-code", oldHash, (k, v) -> true))
                .as("once the previous secret is dropped").isFalse();
    }
}
