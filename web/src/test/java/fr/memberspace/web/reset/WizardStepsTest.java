package fr.memberspace.web.reset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.memberspace.web.reset.WizardSteps.Action;

/** The wizard's step machine: which action each step allows, where each outcome leads. */
class WizardStepsTest {

    /** Brings a fresh wizard to this step the way a member would. */
    static WizardSteps at(WizardStep step) {
        var steps = WizardSteps.atStart();
        if (step == WizardStep.IDENTIFY) {
            return steps;
        }
        steps.identify();
        if (step == WizardStep.SEND) {
            return steps;
        }
        steps.codeSent();
        if (step == WizardStep.CODE) {
            return steps;
        }
        steps.codeAccepted();
        if (step == WizardStep.NEW_PASSWORD) {
            return steps;
        }
        steps.passwordChanged();
        return steps;
    }

    static Stream<Arguments> allowedActions() {
        return Stream.of(
                Arguments.of(WizardStep.IDENTIFY, EnumSet.of(Action.IDENTIFY, Action.RESTART)),
                Arguments.of(WizardStep.SEND, EnumSet.of(Action.SEND_CODE, Action.RESTART)),
                Arguments.of(WizardStep.CODE, EnumSet.of(Action.SEND_CODE, Action.VERIFY_CODE, Action.RESTART)),
                Arguments.of(WizardStep.NEW_PASSWORD,
                        EnumSet.of(Action.CHANGE_PASSWORD, Action.CHALLENGE_IN_WORDS, Action.RESTART)),
                Arguments.of(WizardStep.DONE, EnumSet.noneOf(Action.class)));
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @MethodSource("allowedActions")
    void eachStepAllowsItsOwnActionsOnly(WizardStep step, Set<Action> allowed) {
        var steps = at(step);

        assertThat(steps.current()).isEqualTo(step);
        for (var action : Action.values()) {
            assertThat(steps.allows(action)).as(action + " at " + step.id()).isEqualTo(allowed.contains(action));
        }
    }

    @Test
    void aNewWizardStartsAtTheMemberNumber() {
        assertThat(WizardSteps.atStart().current()).isEqualTo(WizardStep.IDENTIFY);
    }

    @Test
    void aNumberTypedOnTheStatelessFirstStepStartsTheWizardAtSend() {
        assertThat(WizardSteps.identified().current()).isEqualTo(WizardStep.SEND);
    }

    @Test
    void theWholeWayFromTheNumberToDone() {
        var steps = WizardSteps.atStart();
        steps.identify();
        assertThat(steps.current()).isEqualTo(WizardStep.SEND);
        steps.codeSent();
        assertThat(steps.current()).isEqualTo(WizardStep.CODE);
        steps.codeAccepted();
        assertThat(steps.current()).isEqualTo(WizardStep.NEW_PASSWORD);
        steps.passwordChanged();
        assertThat(steps.current()).isEqualTo(WizardStep.DONE);
    }

    @Test
    void anotherCodeOnTheCodeStepStaysThere() {
        var steps = at(WizardStep.CODE);

        steps.codeSent();

        assertThat(steps.current()).isEqualTo(WizardStep.CODE);
    }

    @Test
    void aGrantNoLongerValidSendsTheMemberBackForANewCode() {
        var steps = at(WizardStep.NEW_PASSWORD);

        steps.grantRefused();

        assertThat(steps.current()).isEqualTo(WizardStep.SEND);
        assertThat(steps.allows(Action.CHANGE_PASSWORD)).isFalse();
    }

    @Test
    void restartGoesBackToTheNumberFromAnyStepButDone() {
        for (var step : EnumSet.range(WizardStep.IDENTIFY, WizardStep.NEW_PASSWORD)) {
            var steps = at(step);
            steps.restart();
            assertThat(steps.current()).as("restart from " + step.id()).isEqualTo(WizardStep.IDENTIFY);
        }
    }

    @Test
    void aCodeCannotBeVerifiedBeforeOneWasSent() {
        var steps = at(WizardStep.SEND);

        assertThatThrownBy(steps::codeAccepted).isInstanceOf(IllegalStateException.class).hasMessageContaining("send");
        assertThat(steps.current()).isEqualTo(WizardStep.SEND);
    }

    @Test
    void thePasswordCannotBeSetWithoutAnAcceptedCode() {
        var steps = at(WizardStep.CODE);

        assertThatThrownBy(steps::passwordChanged).isInstanceOf(IllegalStateException.class);
        assertThat(steps.current()).isEqualTo(WizardStep.CODE);
    }

    @Test
    void aCodeRequestReplayedAfterTheCodeWasAcceptedIsRefused() {
        var steps = at(WizardStep.NEW_PASSWORD);

        assertThat(steps.allows(Action.SEND_CODE)).isFalse();
        assertThatThrownBy(steps::codeSent).isInstanceOf(IllegalStateException.class);
        assertThat(steps.current()).isEqualTo(WizardStep.NEW_PASSWORD);
    }

    @Test
    void aCodeReplayedAfterThePasswordWasSetIsRefused() {
        var steps = at(WizardStep.DONE);

        assertThatThrownBy(steps::codeAccepted).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(steps::passwordChanged).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(steps::restart).isInstanceOf(IllegalStateException.class);
        assertThat(steps.current()).isEqualTo(WizardStep.DONE);
    }

    @Test
    void theNumberIsTypedOnceOnly() {
        var steps = at(WizardStep.SEND);

        assertThatThrownBy(steps::identify).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stepIdsNameThePanelsAndTheBundleKeys() {
        assertThat(Stream.of(WizardStep.values()).map(WizardStep::id))
                .containsExactly("identify", "send", "code", "new-password", "done");
    }
}
