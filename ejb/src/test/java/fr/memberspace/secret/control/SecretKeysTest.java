package fr.memberspace.secret.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretKeysTest {

    static final String OLD = "an old secret of at least thirty-two characters";
    static final String NEW = "the new secret, also thirty-two characters or more";

    @Test
    void aSecretOfThirtyOneCharactersIsRefusedWithItsLengthAndThirtyTwoIsAccepted() {
        assertThatThrownBy(() -> SecretKeys.of("x".repeat(31), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the current secret must have at least 32 characters (it has 31)");
        assertThat(SecretKeys.of("x".repeat(32), null).currentId()).hasSize(8);
    }

    @Test
    void aMissingOrShortPreviousSecretIsRefusedToo() {
        assertThatThrownBy(() -> SecretKeys.of(null, null)).hasMessageContaining("(it has 0)");
        assertThatThrownBy(() -> SecretKeys.of(NEW, "short")).hasMessageContaining("previous secret");
        assertThatThrownBy(() -> SecretKeys.of(NEW, NEW)).hasMessageContaining("is the current one");
    }

    @Test
    void eachUseHasItsOwnKeyAndEachSecretItsOwnId() {
        var keys = SecretKeys.of(NEW, OLD);

        assertThat(keys.current("activation-code").bytes()).hasSize(32)
                .isNotEqualTo(keys.current("outbox-code").bytes());
        assertThat(keys.previousId()).isPresent().get().isNotEqualTo(keys.currentId());
        assertThat(keys.byId(keys.previousId().get(), "activation-code")).get()
                .isEqualTo(SecretKeys.of(OLD, null).current("activation-code"));
        assertThat(keys.byId("00000000", "activation-code")).isEmpty();
    }

    @Test
    void theSecretNeverShowsInText() {
        var keys = SecretKeys.of(NEW, OLD);

        assertThat(keys.toString()).doesNotContain(NEW).doesNotContain(OLD);
        assertThat(keys.current("x").toString()).endsWith("hidden]");
    }
}
