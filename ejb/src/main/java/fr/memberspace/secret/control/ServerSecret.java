package fr.memberspace.secret.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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

    private volatile byte[] key;

    /** 32 bytes derived from the secret, for a given use (so each use has its own key). */
    public byte[] keyFor(String use) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret());
            digest.update(use.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        if (key == null) {
            key = load();
        }
        return key;
    }

    private byte[] load() {
        var configured = System.getenv(ENVIRONMENT);
        if (configured != null && configured.length() >= 32) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (configured != null) {
            LOG.severe(ENVIRONMENT + " is shorter than 32 characters: ignored");
        }
        var stored = em.find(PlatformSecret.class, NAME);
        if (stored == null) {
            throw new IllegalStateException("No server secret: DatabaseSchema makes one at startup");
        }
        return Base64.getDecoder().decode(stored.getSecret());
    }
}
