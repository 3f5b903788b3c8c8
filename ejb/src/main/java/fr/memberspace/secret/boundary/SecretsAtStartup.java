package fr.memberspace.secret.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.secret.control.DecoyKey;
import fr.memberspace.secret.control.ServerSecret;
import fr.memberspace.secret.entity.PlatformSecret;

/**
 * Checks the server secret when the application starts, so a node with a missing or short
 * {@code MEMBERSPACE_SECRET} never serves (it would disagree with the others), and reads the
 * decoy key, making it on the platform's first start or sealing it again after a rotation.
 * Any problem fails the deployment with one clear log line.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class SecretsAtStartup {

    private static final Logger LOG = Logger.getLogger(SecretsAtStartup.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServerSecret secret;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void check() {
        try {
            var keys = secret.keys();
            var stored = Optional.ofNullable(em.find(PlatformSecret.class, DecoyKey.NAME));
            var resolved = DecoyKey.resolve(keys, stored.map(PlatformSecret::getSecret), () -> {
                var bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                return bytes;
            });
            resolved.toStore().ifPresent(sealed -> store(stored, sealed));
            secret.useDecoyKey(resolved.key());
            LOG.info(() -> "Server secret: key " + keys.currentId()
                    + keys.previousId().map(id -> ", previous key " + id + " still accepted").orElse(""));
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    /**
     * Another node starting at the same time may store first: the insert then fails and this
     * deployment retries at its next start; a re-sealing is conditional on what was read.
     */
    private void store(Optional<PlatformSecret> stored, String sealed) {
        if (stored.isEmpty()) {
            em.persist(new PlatformSecret(DecoyKey.NAME, sealed, clock.instant()));
            em.flush();
            LOG.info("Made the decoy key (kept sealed in platform_secret)");
        } else {
            int updated = em.createNamedQuery(PlatformSecret.RESEAL)
                    .setParameter("sealed", sealed)
                    .setParameter("name", DecoyKey.NAME)
                    .setParameter("before", stored.get().getSecret())
                    .executeUpdate();
            LOG.info(() -> updated == 1 ? "Sealed the decoy key again under the current secret"
                    : "Decoy key sealed again by another node");
        }
    }
}
