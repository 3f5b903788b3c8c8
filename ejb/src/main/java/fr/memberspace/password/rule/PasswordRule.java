package fr.memberspace.password.rule;

import java.util.Optional;

/**
 * One rule of a password policy (Keycloak's password policy provider, in small): it tells
 * what it asks for, and checks a new password against it. Rules are pure: no I/O, no state.
 */
public interface PasswordRule {

    /** What the rule asks for, with its parameters, to describe it on a page. */
    Requirement requirement();

    /** The violation of this rule by {@code attempt}, or empty if it obeys it. */
    Optional<Violation> check(PasswordAttempt attempt);

    /** Reports this rule's own requirement as a violation when {@code obeyed} is false. */
    default Optional<Violation> unless(boolean obeyed) {
        return obeyed ? Optional.empty() : Optional.of(Violation.of(requirement()));
    }
}
