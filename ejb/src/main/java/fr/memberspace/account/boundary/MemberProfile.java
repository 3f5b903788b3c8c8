package fr.memberspace.account.boundary;

import java.io.Serializable;
import java.time.Instant;

/** What the member space shows of a signed-in member (small and serializable: it may sit in a session). */
public record MemberProfile(String mutualCode, String number, String firstName, String lastName,
                            Instant previousSignIn, Instant passwordChangedAt) implements Serializable {
}
