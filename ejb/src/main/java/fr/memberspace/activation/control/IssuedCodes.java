package fr.memberspace.activation.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.activation.entity.ActivationCode;
import fr.memberspace.activation.entity.ActivationCode.Purpose;
import fr.memberspace.activation.entity.ActivationCode.Status;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.request.RequestContext;
import fr.memberspace.secret.control.KeyedHash;
import fr.memberspace.secret.control.RandomIds;
import fr.memberspace.secret.control.ServerSecret;

/**
 * The activation codes issued for a member number typed in a mutual, known or not, to one
 * client (a known device, or all the others: see throttle's {@code Clients}): when a new
 * one may be sent ({@link CodeRequests}), issuing it (the client's older ones revoked),
 * checking what the client typed against its latest code ({@link CodeChecks}: race-free,
 * limited tries, expiring, single use) and the grant a right code gives to set a password
 * once. A stranger's requests and wrong tries touch only the others' codes, never those of
 * the member's device. Knows nothing of members: the caller says why the code is sent and
 * mails it.
 */
@ApplicationScoped
public class IssuedCodes {

    /** How long a verified code lets the member choose the new password. */
    public static final Duration GRANT_VALIDITY = Duration.ofMinutes(15);

    private static final List<Status> OPEN = List.of(Status.PENDING, Status.VERIFIED);
    /** The server secret's key for code hashes; a hash names its key id (rotation). */
    static final String CODE_KEY = "activation-code";

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerSecret secret;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Why a new code for this number may not be sent now, if it may not. */
    public Optional<CodeRequests.Refusal> refusal(String mutualCode, String number, String client, CodePolicy policy) {
        var now = clock.instant();
        var recent = em.createNamedQuery(ActivationCode.SINCE, ActivationCode.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setParameter("client", client)
                .setParameter("since", now.minus(CodeRequests.DAY))
                .getResultStream()
                .map(ActivationCode::getCreatedAt)
                .toList();
        return new CodeRequests(policy).refusal(recent, now);
    }

    /**
     * A new code for this number, replacing the client's open ones; only its keyed hash is
     * stored. Never log it.
     *
     * @param firstConnection whether the member has no password yet (rather than a reset)
     */
    public String issue(String mutualCode, String number, String client, boolean firstConnection, CodePolicy policy) {
        var now = clock.instant();
        var purpose = firstConnection ? Purpose.FIRST_CONNECTION : Purpose.RESET;
        em.createNamedQuery(ActivationCode.REVOKE_OPEN)
                .setParameter("revoked", Status.REVOKED)
                .setParameter("now", now)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setParameter("client", client)
                .setParameter("open", OPEN)
                .executeUpdate();
        var code = new ActivationCodes(policy.length(), RandomIds.source()).next();
        var hash = secret.keyed(CODE_KEY,
                key -> new CodeHashes(key).hash(new CodeBinding(mutualCode, number, purpose.name()), code));
        em.persist(new ActivationCode(mutualCode, number, client, purpose, hash, now, new CodeChecks(policy).expiresAt(now)));
        return code;
    }

    /** Checks a code typed for this number by this client; the right one, once, gives a grant to set a password. */
    public CodeCheck check(RequestContext request, String number, String client, String typed, CodePolicy policy) {
        var now = clock.instant();
        var latest = em.createNamedQuery(ActivationCode.SINCE, ActivationCode.class)
                .setParameter("mutual", request.mutualCode())
                .setParameter("number", number)
                .setParameter("client", client)
                .setParameter("since", now.minus(Duration.ofDays(1)))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (latest.isEmpty()) {
            return new CodeCheck.NoCode();
        }
        var code = latest.get();
        if (code.getStatus() == Status.EXPIRED) {
            return new CodeCheck.Expired();
        }
        if (code.getStatus() != Status.PENDING) {
            return new CodeCheck.NoLongerValid();
        }
        var checks = new CodeChecks(policy);
        var refusal = checks.refusal(code.getCreatedAt(), code.getWrongTries(), now);
        if (refusal.isPresent() && refusal.get() == CodeChecks.Reason.EXPIRED) {
            close(code, Status.EXPIRED, now);
            audit.record(AuditType.CODE_EXPIRED, request, number, null);
            return new CodeCheck.Expired();
        }
        if (refusal.isPresent()) {
            close(code, Status.EXHAUSTED, now);
            return new CodeCheck.NoLongerValid();
        }

        var normalised = CodeInput.normalise(typed, policy.length());
        var binding = new CodeBinding(code.getMutualCode(), number, code.getPurpose().name());
        if (normalised.isPresent() && secret.checkKeyed(CODE_KEY, code.getCodeHash(),
                (key, hash) -> new CodeHashes(key).matches(binding, normalised.get(), hash))) {
            var grant = RandomIds.next();
            int won = em.createNamedQuery(ActivationCode.VERIFY)
                    .setParameter("verified", Status.VERIFIED)
                    .setParameter("grant", KeyedHash.sha256(grant))
                    .setParameter("until", now.plus(GRANT_VALIDITY))
                    .setParameter("id", code.getId())
                    .setParameter("pending", Status.PENDING)
                    .executeUpdate();
            if (won == 0) {
                return new CodeCheck.NoLongerValid();
            }
            audit.record(AuditType.CODE_ACCEPTED, request, number, null);
            return new CodeCheck.Accepted(grant);
        }

        int counted = em.createNamedQuery(ActivationCode.WRONG_TRY)
                .setParameter("id", code.getId())
                .setParameter("pending", Status.PENDING)
                .executeUpdate();
        if (counted == 0) {
            return new CodeCheck.NoLongerValid();
        }
        int wrongTries = em.createNamedQuery(ActivationCode.WRONG_TRIES, Integer.class)
                .setParameter("id", code.getId())
                .getSingleResult();
        audit.record(AuditType.CODE_FAILED, request, number, "wrong try " + wrongTries);
        int triesLeft = checks.triesLeft(wrongTries);
        if (triesLeft == 0) {
            close(code, Status.EXHAUSTED, now);
            audit.record(AuditType.CODE_EXHAUSTED, request, number, null);
        }
        return new CodeCheck.Wrong(triesLeft);
    }

    /** Whether this grant (from {@link CodeCheck.Accepted}) still allows a password change. */
    public boolean grantIsValid(String mutualCode, String number, String grant) {
        return verifiedCode(mutualCode, number, grant).isPresent();
    }

    /** Uses the grant: true exactly once, for the first caller, before it expires. */
    public boolean consumeGrant(String mutualCode, String number, String grant) {
        return verifiedCode(mutualCode, number, grant)
                .map(code -> em.createNamedQuery(ActivationCode.CONSUME)
                        .setParameter("used", Status.USED)
                        .setParameter("now", clock.instant())
                        .setParameter("id", code.getId())
                        .setParameter("verified", Status.VERIFIED)
                        .executeUpdate() == 1)
                .orElse(false);
    }

    private Optional<ActivationCode> verifiedCode(String mutualCode, String number, String grant) {
        if (grant == null || grant.isEmpty() || number == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        var hash = KeyedHash.sha256(grant);
        return em.createNamedQuery(ActivationCode.OPEN, ActivationCode.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setParameter("statuses", List.of(Status.VERIFIED))
                .getResultStream()
                .filter(code -> code.getGrantHash() != null && KeyedHash.sameInConstantTime(hash, code.getGrantHash()))
                .filter(code -> now.isBefore(code.getGrantExpiresAt()))
                .findFirst();
    }

    private void close(ActivationCode code, Status status, Instant now) {
        em.createNamedQuery(ActivationCode.CLOSE)
                .setParameter("to", status)
                .setParameter("now", now)
                .setParameter("id", code.getId())
                .setParameter("from", Status.PENDING)
                .executeUpdate();
    }

}
