package fr.memberspace.support.boundary;

import java.io.Serializable;
import java.time.Instant;

import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.throttle.control.SignInLocks;

/**
 * A member's page for the support desk: who, the account's state, the sign-in lock as a
 * new browser meets it (and how many of the member's known devices are locked), the last
 * sign-in and the activation codes sent.
 *
 * @param codesSent   activation codes e-mailed to the member, in the audit trail's period
 * @param lastCodeAt  when the last one was, if any
 */
public record MemberFile(String mutualCode, String mutualName, String number, String firstName, String lastName,
                         String email, AccountStatus status, Instant createdAt, Instant lastSignInAt,
                         Instant passwordChangedAt, SignInLocks.NumberLock lock, long codesSent,
                         Instant lastCodeAt) implements Serializable {
}
