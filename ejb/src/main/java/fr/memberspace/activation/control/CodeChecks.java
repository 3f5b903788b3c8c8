package fr.memberspace.activation.control;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a sent code may still be checked against what the member typed
 * ("Valider"): it must not have expired, nor used up its wrong tries. A code is valid
 * from when it was sent until {@code sentAt + validity} (excluded).
 */
public class CodeChecks {

    private final CodePolicy policy;

    public CodeChecks(CodePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Why a code can no longer be checked, with the message key the view translates. */
    public enum Reason {
        /** Sent more than {@link CodePolicy#validity()} ago: ask for a new one. */
        EXPIRED("code.check.expired"),
        /** {@link CodePolicy#maxWrongTries()} wrong codes typed: ask for a new one. */
        TOO_MANY_WRONG_TRIES("code.check.too-many-wrong-tries");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Nothing if the code sent at {@code sentAt} with {@code wrongTries} may be checked at {@code now}. */
    public Optional<Reason> refusal(Instant sentAt, int wrongTries, Instant now) {
        if (wrongTries >= policy.maxWrongTries()) {
            return Optional.of(Reason.TOO_MANY_WRONG_TRIES);
        }
        if (!now.isBefore(expiresAt(sentAt))) {
            return Optional.of(Reason.EXPIRED);
        }
        return Optional.empty();
    }

    /** The first instant the code sent at {@code sentAt} is no longer valid. */
    public Instant expiresAt(Instant sentAt) {
        return sentAt.plus(policy.validity());
    }

    /** How many codes the member may still type after {@code wrongTries} wrong ones. */
    public int triesLeft(int wrongTries) {
        return Math.max(0, policy.maxWrongTries() - wrongTries);
    }
}
