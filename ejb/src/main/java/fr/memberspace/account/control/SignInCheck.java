package fr.memberspace.account.control;

import java.time.Instant;
import java.util.Objects;

import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.password.hash.Verification;
import fr.memberspace.throttle.control.Failures;
import fr.memberspace.throttle.control.Lockout;
import fr.memberspace.throttle.control.LockoutPolicy;
import fr.memberspace.throttle.control.SignInVerdict;

/**
 * The decision of one sign-in, without the database: whether the number may try now, then
 * the password against the stored hash (a dummy hash for a number without one, so that an
 * unknown number costs the same time), and the failures to store afterwards.
 */
public final class SignInCheck {

    private final Lockout lockout;
    private final PasswordHashes hashes;

    public SignInCheck(LockoutPolicy policy, PasswordHashes hashes) {
        this.lockout = new Lockout(policy);
        this.hashes = Objects.requireNonNull(hashes, "hashes");
    }

    /** What a sign-in gives. */
    public sealed interface Outcome {
    }

    /** The number may not try now; the password was not checked against a real hash. */
    public record Throttled(SignInVerdict verdict) implements Outcome {
    }

    /** A wrong password, or a number without a password: the failures before and after. */
    public record Wrong(Failures before, Failures after) implements Outcome {

        /** Whether this failure set a new lock. */
        public boolean locked() {
            return after.locks() > before.locks();
        }
    }

    /** The right password: no failure any more; the hash may need to be renewed. */
    public record Right(Verification verification) implements Outcome {
    }

    /**
     * @param storedHash the member's hash; null for an unknown number or a member without password
     */
    public Outcome check(Failures failures, String storedHash, String password, Instant now) {
        var verdict = lockout.check(failures, now);
        if (verdict instanceof SignInVerdict.LockedUntilReset) {
            hashes.verifyDummy(password);
        }
        if (!(verdict instanceof SignInVerdict.MayTry)) {
            return new Throttled(verdict);
        }
        var verification = storedHash == null ? hashes.verifyDummy(password) : hashes.verify(password, storedHash);
        if (storedHash == null || !verification.matches()) {
            return new Wrong(failures, lockout.afterFailure(failures, now));
        }
        return new Right(verification);
    }

    /** The failures after a success. */
    public Failures afterSuccess() {
        return lockout.afterSuccess();
    }
}
