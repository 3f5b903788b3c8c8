package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChallengeSwitchTest {

    @Test
    void withoutTheVariableTheChallengeIsChecked() {
        assertThat(ChallengeSwitch.of(Map.of()).checked()).isTrue();
        assertThat(ChallengeSwitch.of(Map.of()).warning()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " Off "})
    void offTurnsTheCheckOffWithALoudWarning(String value) {
        var check = ChallengeSwitch.of(Map.of(ChallengeSwitch.VARIABLE, value));

        assertThat(check.checked()).isFalse();
        assertThat(check.warning()).contains("MEMBERSPACE_CHALLENGE=off").contains("never in production");
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "", "false", "0", "of", "offf", "no"})
    void anythingElseKeepsItOn(String value) {
        assertThat(ChallengeSwitch.of(Map.of(ChallengeSwitch.VARIABLE, value)).checked()).isTrue();
    }
}
