package fr.memberspace.account.control;

import java.util.Objects;

import fr.memberspace.password.hash.PasswordHashes;

/**
 * The slow part of one sign-in, without the database nor any lock: the password against the
 * stored hash (a dummy hash for a number without one, so that an unknown number costs the
 * same time) and, when the stored hash is outdated, its replacement. The try was reserved
 * before ({@link fr.memberspace.throttle.control.TryReservations}) and is settled after.
 */
public final class SignInCheck {

    private final PasswordHashes hashes;

    public SignInCheck(PasswordHashes hashes) {
        this.hashes = Objects.requireNonNull(hashes, "hashes");
    }

    /** What checking the password gives. */
    public sealed interface Outcome {
    }

    /** A wrong password, or a number without a password. */
    public record Wrong() implements Outcome {
    }

    /**
     * The right password against {@code checkedHash}; {@code newHash} replaces it when it was
     * made with older parameters or algorithm (null otherwise).
     */
    public record Right(String checkedHash, String newHash) implements Outcome {
    }

    /**
     * @param storedHash the member's hash; null for an unknown number or a member without password
     */
    public Outcome check(String storedHash, String password) {
        var verification = storedHash == null ? hashes.verifyDummy(password) : hashes.verify(password, storedHash);
        if (storedHash == null || !verification.matches()) {
            return new Wrong();
        }
        return new Right(storedHash, verification.needsRehash() ? hashes.hash(password) : null);
    }

    /** The same time as a check, for a try refused without one (nothing tells a refusal from a check). */
    public void spendTheTimeOfACheck(String password) {
        hashes.verifyDummy(password == null ? "" : password);
    }
}
