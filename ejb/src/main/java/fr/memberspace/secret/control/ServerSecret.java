package fr.memberspace.secret.control;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.secret.entity.PlatformSecret;

/**
 * The server secret. {@code MEMBERSPACE_SECRET} (at least 32 characters) is preferred, so a
 * copy of the database alone does not hold it; without it, the random secret that
 * {@link fr.memberspace.database.DatabaseSchema} stored in the database at first start.
 */
@ApplicationScoped
public class ServerSecret {

    public static final String ENVIRONMENT = "MEMBERSPACE_SECRET";
    public static final String NAME = "server";

    private static final Logger LOG = Logger.getLogger(ServerSecret.class.getName());

    @PersistenceContext
    EntityManager em;

    private volatile SecretKeys keys;

    /** The keys derived from the secret. */
    public SecretKeys keys() {
        if (keys == null) {
            keys = load();
        }
        return keys;
    }

    /** The current 32-byte key for a given use (so each use has its own key). */
    public byte[] keyFor(String use) {
        return keys().current(use).bytes();
    }

    /** {@code value} encrypted under the current key for {@code use}, bound to {@code context}. */
    public String seal(String use, String value, String context) {
        return Sealed.seal(keys(), use, value, context);
    }

    /** A value {@link #seal sealed} under a key still configured; empty if not, or if altered. */
    public java.util.Optional<String> open(String use, String sealed, String context) {
        return Sealed.open(keys(), use, sealed, context);
    }

    private SecretKeys load() {
        var configured = System.getenv(ENVIRONMENT);
        if (configured != null && configured.length() >= 32) {
            return SecretKeys.of(configured, null);
        }
        if (configured != null) {
            LOG.severe(ENVIRONMENT + " is shorter than 32 characters: ignored");
        }
        var stored = em.find(PlatformSecret.class, NAME);
        if (stored == null) {
            throw new IllegalStateException("No server secret: DatabaseSchema makes one at startup");
        }
        return SecretKeys.of(stored.getSecret(), null);
    }
}
