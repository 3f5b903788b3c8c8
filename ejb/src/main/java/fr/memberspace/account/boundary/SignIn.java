package fr.memberspace.account.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** What a sign-in attempt gives. One refusal for every cause: nothing tells whether the number exists. */
public sealed interface SignIn extends Serializable {

    /**
     * Right number and password, account active; signed in at {@code at} (the server's
     * clock). {@code deviceTicket} marks the browser as the member's known device (its own
     * budgets): the page keeps it in a cookie.
     */
    record SignedIn(MemberProfile member, Instant at, String deviceTicket) implements SignIn {
    }

    /** Right number and (old) password, but the member must choose a new password first. */
    record MustRenew() implements SignIn {
    }

    /** Unknown number, wrong password, no password yet: the same answer. */
    record Refused() implements SignIn {
    }

    /** Too many attempts (from this number or this address): try again after this long. */
    record Wait(Duration retryAfter) implements SignIn {
    }

    /** So many failures that only a new password (through an activation code) reopens the account. */
    record LockedUntilReset() implements SignIn {
    }
}
