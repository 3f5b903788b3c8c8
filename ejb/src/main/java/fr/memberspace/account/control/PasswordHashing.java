package fr.memberspace.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import fr.memberspace.password.hash.HashParameters;
import fr.memberspace.password.hash.PasswordHashes;

/**
 * The password hasher of this server: Argon2id at OWASP's parameters unless the system
 * properties {@code memberspace.argon2.memory} (KiB), {@code .iterations} and
 * {@code .parallelism} say otherwise. Hashes made with other parameters are re-hashed at
 * the member's next sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

    /** A pseudo-scope singleton: {@link PasswordHashes} is final, so it cannot be proxied. */
    @Produces
    @Singleton
    PasswordHashes passwordHashes() {
        var defaults = HashParameters.OWASP;
        return new PasswordHashes(new HashParameters(
                Integer.getInteger("memberspace.argon2.memory", defaults.memoryKiB()),
                Integer.getInteger("memberspace.argon2.iterations", defaults.iterations()),
                Integer.getInteger("memberspace.argon2.parallelism", defaults.parallelism())));
    }
}
