package fr.memberspace.support.boundary;

/** The outcome of an agent's action on a member; the page turns each into a message. */
public sealed interface SupportAction {

    /** Done and audited. */
    record Done() implements SupportAction {
    }

    /** No member with this number in this mutual. */
    record NoSuchMember() implements SupportAction {
    }

    /**
     * Not done, for a reason the agent can read ({@code reason} is a message key suffix:
     * {@code no-password}, {@code already-must-renew}, {@code same-email}, {@code invalid-email},
     * {@code not-locked}).
     */
    record NotDone(String reason) implements SupportAction {
    }
}
