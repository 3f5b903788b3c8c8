package fr.memberspace.secret.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import fr.memberspace.secret.control.DecoyKey;
import fr.memberspace.secret.control.SecretKeys;
import fr.memberspace.secret.control.ServerSecret;
import fr.memberspace.secret.entity.PlatformSecret;

/**
 * Checks the server secret when the application starts, so a node with a missing or short
 * {@code MEMBERSPACE_SECRET} never serves (it would disagree with the others), and reads the
 * decoy key, making it on the platform's first start or sealing it again after a rotation.
 * A bad secret fails the deployment with one clear log line.
 * <p>
 * Bean-managed transactions: when several nodes start at once, one stores the decoy key
 * first and the others, whose insert or update then fails, read again what it stored.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@TransactionManagement(TransactionManagementType.BEAN)
public class SecretsAtStartup {

    private static final Logger LOG = Logger.getLogger(SecretsAtStartup.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 3;

    @Inject
    ServerSecret secret;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @PostConstruct
    void check() {
        SecretKeys keys;
        try {
            keys = secret.keys();
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.begin();
                var key = decoyKey(keys);
                transaction.commit();
                secret.useDecoyKey(key);
                break;
            } catch (IllegalStateException e) {
                rollback();
                LOG.severe(e.getMessage());
                throw e;
            } catch (Exception e) {
                rollback();
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("The decoy key could not be read or stored", e);
                }
                LOG.log(Level.INFO, "Decoy key stored by another node meanwhile, reading it again: {0}", e.toString());
            }
        }
        LOG.info(() -> "Server secret: key " + keys.currentId()
                + keys.previousId().map(id -> ", previous key " + id + " still accepted").orElse(""));
    }

    private byte[] decoyKey(SecretKeys keys) {
        var stored = Optional.ofNullable(em.find(PlatformSecret.class, DecoyKey.NAME));
        var resolved = DecoyKey.resolve(keys, stored.map(PlatformSecret::getSecret), () -> {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return bytes;
        });
        resolved.toStore().ifPresent(sealed -> store(stored, sealed));
        return resolved.key();
    }

    private void store(Optional<PlatformSecret> stored, String sealed) {
        if (stored.isEmpty()) {
            em.persist(new PlatformSecret(DecoyKey.NAME, sealed, clock.instant()));
            em.flush();
            LOG.info("Made the decoy key (kept sealed in platform_secret)");
            return;
        }
        int updated = em.createNamedQuery(PlatformSecret.RESEAL)
                .setParameter("sealed", sealed)
                .setParameter("name", DecoyKey.NAME)
                .setParameter("before", stored.get().getSecret())
                .executeUpdate();
        if (updated == 0) {
            throw new jakarta.persistence.OptimisticLockException("decoy key sealed again by another node");
        }
        LOG.info("Sealed the decoy key again under the current secret");
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }
}
