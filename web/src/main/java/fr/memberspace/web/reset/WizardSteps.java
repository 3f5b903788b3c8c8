package fr.memberspace.web.reset;

import java.io.Serializable;

/**
 * The wizard's step machine, without Faces: which action is allowed at which step, and where
 * each outcome leads. Identify is the first step (served stateless, before any session);
 * the wizard then keeps its state per view: send, code, new password, done. An action out of
 * its step (a stale tab, a replayed request) is refused, never half done.
 */
public final class WizardSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the member can ask for, each on its own step(s). */
    public enum Action {
        /** The member number (step identify). */
        IDENTIFY,
        /** A code by e-mail (step send), or another one (step code). */
        SEND_CODE,
        /** The code typed (step code). */
        VERIFY_CODE,
        /** The new password with the challenge (step new-password). */
        CHANGE_PASSWORD,
        /** The challenge as a question in words (step new-password). */
        CHALLENGE_IN_WORDS,
        /** Another member number: back to identify (any step but done). */
        RESTART
    }

    private WizardStep step;

    private WizardSteps(WizardStep step) {
        this.step = step;
    }

    /** A wizard at its first step. */
    public static WizardSteps atStart() {
        return new WizardSteps(WizardStep.IDENTIFY);
    }

    /** A wizard whose member number was typed on the (stateless) first step: at send. */
    public static WizardSteps identified() {
        var steps = atStart();
        steps.identify();
        return steps;
    }

    public WizardStep current() {
        return step;
    }

    public boolean isAt(WizardStep expected) {
        return step == expected;
    }

    public boolean allows(Action action) {
        return switch (action) {
            case IDENTIFY -> step == WizardStep.IDENTIFY;
            case SEND_CODE -> step == WizardStep.SEND || step == WizardStep.CODE;
            case VERIFY_CODE -> step == WizardStep.CODE;
            case CHANGE_PASSWORD, CHALLENGE_IN_WORDS -> step == WizardStep.NEW_PASSWORD;
            case RESTART -> step != WizardStep.DONE;
        };
    }

    /** The number is known: the masked address is shown with the button that sends the code. */
    public void identify() {
        move(Action.IDENTIFY, WizardStep.SEND);
    }

    /** A code was sent (or sent again): the member types it. */
    public void codeSent() {
        move(Action.SEND_CODE, WizardStep.CODE);
    }

    /** The right code: the member chooses the new password. */
    public void codeAccepted() {
        move(Action.VERIFY_CODE, WizardStep.NEW_PASSWORD);
    }

    /** The new password is set: the wizard is over. */
    public void passwordChanged() {
        move(Action.CHANGE_PASSWORD, WizardStep.DONE);
    }

    /** The grant of the code is no longer valid (used, expired): a new code is needed. */
    public void grantRefused() {
        move(Action.CHANGE_PASSWORD, WizardStep.SEND);
    }

    /** Another member number. */
    public void restart() {
        move(Action.RESTART, WizardStep.IDENTIFY);
    }

    private void move(Action action, WizardStep next) {
        if (!allows(action)) {
            throw new IllegalStateException(action + " is not allowed at step " + step.id());
        }
        step = next;
    }
}
