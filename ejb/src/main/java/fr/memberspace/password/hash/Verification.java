package fr.memberspace.password.hash;

/**
 * The outcome of checking a password against a stored hash: whether it matches, and if so
 * whether the hash should be replaced by one with the current algorithm and parameters.
 */
public record Verification(boolean matches, boolean needsRehash) {

    public static final Verification NO_MATCH = new Verification(false, false);
}
