package fr.memberspace.activation.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import fr.memberspace.account.control.DecoyEmails;
import fr.memberspace.account.control.MaskedEmail;
import fr.memberspace.account.control.Members;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.activation.control.ActivationCodes;
import fr.memberspace.activation.control.CodeBinding;
import fr.memberspace.activation.control.CodeHashes;
import fr.memberspace.activation.control.CodeInput;
import fr.memberspace.activation.control.CodeRequests;
import fr.memberspace.activation.entity.ActivationCode;
import fr.memberspace.activation.entity.ActivationCode.Purpose;
import fr.memberspace.activation.entity.ActivationCode.Status;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.request.RequestContext;
import fr.memberspace.secret.control.ServerSecret;
import fr.memberspace.throttle.control.AddressLimiter;
import fr.memberspace.throttle.entity.AddressEvent.Kind;

/**
 * Activation codes for the reset and first-connection wizard: issue (e-mailed through the
 * outbox), verify (race-free, limited tries, expiring, single use), and the grant that
 * lets the member set a new password once.
 * <p>
 * A number that belongs to no member goes through the same steps: a decoy masked address
 * derived from the number, a code nobody knows (never sent), the same cooldowns, limits
 * and tries. Nothing in the answers tells a stranger which numbers exist.
 */
@Stateless
public class Activations {

    /** How long a verified code lets the member choose the new password. */
    static final Duration GRANT_VALIDITY = Duration.ofMinutes(15);
    static final String CODE_MAIL = "ACTIVATION_CODE";
    /** The server secret's key for code hashes; a hash names its key id (rotation). */
    static final String CODE_KEY = "activation-code";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<Status> OPEN = List.of(Status.PENDING, Status.VERIFIED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Mutuals mutuals;

    @Inject
    Members members;

    @Inject
    ServerSecret secret;

    @Inject
    AddressLimiter addressLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The member's e-mail address, masked, as the wizard shows it (a decoy for an unknown number). */
    public String maskedEmail(@NotNull @Valid RequestContext request,
                              @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number) {
        return members.find(request.mutualCode(), number)
                .map(member -> MaskedEmail.of(member.getEmail()))
                .orElseGet(() -> new DecoyEmails(secret.decoyKey())
                        .forUnknownMember(request.mutualCode(), number))
                .value();
    }

    /** Issues a new code (revoking older ones) and e-mails it, unless a limit says to wait. */
    public CodeRequest requestCode(@NotNull @Valid RequestContext request,
                                   @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number) {
        var now = clock.instant();
        var addressWait = addressLimits.waitBefore(Kind.CODE_REQUEST, request.clientAddress());
        if (addressWait.isPresent()) {
            audit.record(AuditType.CODE_THROTTLED, request, number, "address");
            return new CodeRequest.Wait("code.wait.address", addressWait.get());
        }
        var mutual = mutual(request);
        var policy = mutual.getSettings().codePolicy();
        var recent = em.createNamedQuery(ActivationCode.SINCE, ActivationCode.class)
                .setParameter("mutual", mutual.getCode())
                .setParameter("number", number)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getResultStream()
                .map(ActivationCode::getCreatedAt)
                .toList();
        var refusal = new CodeRequests(policy).refusal(recent, now);
        if (refusal.isPresent()) {
            audit.record(AuditType.CODE_REFUSED, request, number, refusal.get().reason().name());
            return new CodeRequest.Wait(refusal.get().reason().messageKey(), refusal.get().retryAfter());
        }
        addressLimits.record(Kind.CODE_REQUEST, request.clientAddress());

        em.createNamedQuery(ActivationCode.REVOKE_OPEN)
                .setParameter("revoked", Status.REVOKED)
                .setParameter("now", now)
                .setParameter("mutual", mutual.getCode())
                .setParameter("number", number)
                .setParameter("open", OPEN)
                .executeUpdate();

        var member = members.find(mutual.getCode(), number);
        var purpose = member.filter(m -> m.getStatus() == AccountStatus.NO_PASSWORD).isPresent()
                ? Purpose.FIRST_CONNECTION : Purpose.RESET;
        var code = new ActivationCodes(policy.length(), RANDOM).next();
        var hash = secret.keyed(CODE_KEY,
                key -> new CodeHashes(key).hash(new CodeBinding(mutual.getCode(), number, purpose.name()), code));
        em.persist(new ActivationCode(mutual.getCode(), number, purpose, hash, now, now.plus(policy.validity())));

        if (member.isPresent()) {
            // the outbox keeps the code sealed, never readable (see Outbox.queueCode)
            outbox.queueCode(mutual.getCode(), number, CODE_MAIL, code, now.plus(policy.validity()),
                    codeSlot -> MailTemplates.activationCode(
                            new MailTemplates.Sender(mutual.getSenderAddress(), mutual.getName()),
                            member.get().getEmail(), codeSlot, purpose == Purpose.FIRST_CONNECTION,
                            policy.validity(), request.locale()));
            audit.record(AuditType.CODE_ISSUED, request, number, purpose.name());
        } else {
            // the same steps for a number nobody has: a code nobody knows, no e-mail
            audit.record(AuditType.CODE_ISSUED_UNKNOWN_MEMBER, request, number, null);
        }
        return new CodeRequest.Sent(maskedEmail(request, number), policy.validity());
    }

    /** Checks a code typed by the member; the right one, once, gives a grant to set a password. */
    public CodeCheck verify(@NotNull @Valid RequestContext request,
                            @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number, String typed) {
        var now = clock.instant();
        var addressWait = addressLimits.waitBefore(Kind.CODE_CHECK, request.clientAddress());
        if (addressWait.isPresent()) {
            audit.record(AuditType.CODE_THROTTLED, request, number, "address");
            return new CodeCheck.Wait(addressWait.get());
        }
        addressLimits.record(Kind.CODE_CHECK, request.clientAddress());
        var policy = mutual(request).getSettings().codePolicy();

        var latest = em.createNamedQuery(ActivationCode.SINCE, ActivationCode.class)
                .setParameter("mutual", request.mutualCode())
                .setParameter("number", number)
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
        if (!now.isBefore(code.getExpiresAt())) {
            close(code, Status.EXPIRED, now);
            audit.record(AuditType.CODE_EXPIRED, request, number, null);
            return new CodeCheck.Expired();
        }

        var normalised = CodeInput.normalise(typed, policy.length());
        var binding = new CodeBinding(code.getMutualCode(), number, code.getPurpose().name());
        if (normalised.isPresent() && secret.checkKeyed(CODE_KEY, code.getCodeHash(),
                (key, hash) -> new CodeHashes(key).matches(binding, normalised.get(), hash))) {
            var grant = newGrant();
            int won = em.createNamedQuery(ActivationCode.VERIFY)
                    .setParameter("verified", Status.VERIFIED)
                    .setParameter("grant", sha256(grant))
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
        int wrongTries = em.createQuery("SELECT c.wrongTries FROM ActivationCode c WHERE c.id = :id", Integer.class)
                .setParameter("id", code.getId())
                .getSingleResult();
        audit.record(AuditType.CODE_FAILED, request, number, "wrong try " + wrongTries);
        int triesLeft = Math.max(0, policy.maxWrongTries() - wrongTries);
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
        var hash = sha256(grant);
        return em.createNamedQuery(ActivationCode.OPEN, ActivationCode.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setParameter("statuses", List.of(Status.VERIFIED))
                .getResultStream()
                .filter(code -> code.getGrantHash() != null && CodeHashes.sameInConstantTime(hash, code.getGrantHash()))
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

    private Mutual mutual(RequestContext request) {
        return mutuals.find(request.mutualCode()).orElseThrow(() -> new IllegalArgumentException("mutual"));
    }

    private static String newGrant() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
