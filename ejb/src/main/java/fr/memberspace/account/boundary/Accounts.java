package fr.memberspace.account.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.memberspace.account.control.Members;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.account.entity.PasswordHistoryEntry;
import fr.memberspace.activation.boundary.Activations;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.password.policy.PasswordPolicy;
import fr.memberspace.password.rule.MemberData;
import fr.memberspace.password.rule.PasswordAttempt;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.request.RequestContext;
import fr.memberspace.throttle.boundary.SignInFailureRows;
import fr.memberspace.throttle.control.AddressLimiter;
import fr.memberspace.throttle.control.Lockout;
import fr.memberspace.throttle.control.SignInVerdict;
import fr.memberspace.throttle.entity.AddressEvent.Kind;
import fr.memberspace.throttle.entity.SignInFailureCount;

/**
 * The members' accounts: sign-in, password changes, enrolment.
 * <p>
 * Nothing here tells a stranger whether a member number exists: sign-in failures are
 * counted and locked per number typed, known or not; an unknown number is checked against a
 * dummy hash so it takes as long as a real one; every refusal is the same answer.
 */
@Stateless
public class Accounts {

    /** Notices after a password change. */
    static final String PASSWORD_CHANGED_MAIL = "PASSWORD_CHANGED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Mutuals mutuals;

    @Inject
    Members members;

    @EJB
    Activations activations;

    @EJB
    SignInFailureRows failureRows;

    @Inject
    PasswordHashes hashes;

    @Inject
    AddressLimiter addressLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The member with this number in this mutual, if any. */
    public Optional<Member> find(String mutualCode, String number) {
        return members.find(mutualCode, number);
    }

    /** The profile the member space shows, for a signed-in member. */
    public Optional<MemberProfile> profile(String mutualCode, String number) {
        return find(mutualCode, number).map(member -> profileOf(member, member.getLastSignInAt()));
    }

    /**
     * Checks a member number and password in a mutual. Throttled per address and per number
     * typed; a member who must renew gets {@link SignIn.MustRenew} and is not signed in.
     */
    public SignIn signIn(@NotNull @Valid RequestContext request, String number, String password) {
        var now = clock.instant();
        var addressWait = addressLimits.waitBefore(Kind.SIGN_IN, request.clientAddress());
        if (addressWait.isPresent()) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, shortened(number), "address");
            return new SignIn.Wait(addressWait.get());
        }
        addressLimits.record(Kind.SIGN_IN, request.clientAddress());
        var mutual = mutuals.find(request.mutualCode()).orElseThrow(() -> new IllegalArgumentException("mutual"));
        if (number == null || !number.matches(Member.NUMBER_PATTERN) || password == null || password.isEmpty()) {
            hashes.verifyDummy(password == null ? "" : password);
            audit.record(AuditType.SIGN_IN_FAILED, request, shortened(number), "malformed");
            return new SignIn.Refused();
        }

        var failures = lockedFailures(request.mutualCode(), number);
        var lockout = new Lockout(mutual.getSettings().lockoutPolicy());
        var verdict = lockout.check(failures.failures(), now);
        if (verdict instanceof SignInVerdict.Delayed delayed) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "delay");
            return new SignIn.Wait(delayed.retryAfter());
        }
        if (verdict instanceof SignInVerdict.Locked locked) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "locked");
            return new SignIn.Wait(locked.retryAfter());
        }
        if (verdict instanceof SignInVerdict.LockedUntilReset) {
            hashes.verifyDummy(password);
            audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "locked until reset");
            return new SignIn.LockedUntilReset();
        }

        var member = find(request.mutualCode(), number);
        var storedHash = member.map(Member::getPasswordHash).orElse(null);
        var verification = storedHash == null ? hashes.verifyDummy(password) : hashes.verify(password, storedHash);
        if (!verification.matches() || storedHash == null) {
            var before = failures.failures();
            var after = lockout.afterFailure(before, now);
            failures.update(after);
            audit.record(member.isPresent() ? AuditType.SIGN_IN_FAILED : AuditType.SIGN_IN_UNKNOWN_MEMBER,
                    request, number, storedHash == null && member.isPresent() ? "no password yet" : null);
            if (after.locks() > before.locks()) {
                audit.record(AuditType.ACCOUNT_LOCKED, request, number, "after " + after.consecutive() + " failures");
            }
            return new SignIn.Refused();
        }

        failures.update(lockout.afterSuccess());
        var found = member.get();
        if (verification.needsRehash()) {
            found.rehash(hashes.hash(password));
            audit.record(AuditType.PASSWORD_REHASHED, request, number, null);
        }
        if (found.getStatus() == AccountStatus.MUST_RENEW) {
            audit.record(AuditType.SIGN_IN_MUST_RENEW, request, number, null);
            return new SignIn.MustRenew();
        }
        var previous = found.getLastSignInAt();
        found.signedIn(now);
        audit.record(AuditType.SIGN_IN_OK, request, number, null);
        return new SignIn.SignedIn(profileOf(found, previous));
    }

    /**
     * Sets a new password with the grant of a verified activation code (the reset and
     * first-connection wizard). The grant is consumed only when the password is accepted.
     */
    public PasswordChange resetPassword(@NotNull @Valid RequestContext request, String number, String grant,
                                        String password, String confirmation) {
        var member = find(request.mutualCode(), number);
        if (member.isEmpty() || !activations.grantIsValid(request.mutualCode(), number, grant)) {
            audit.record(AuditType.PASSWORD_REJECTED, request, shortened(number), "no valid grant");
            return new PasswordChange.NotAllowed();
        }
        var violations = check(member.get(), password, confirmation);
        if (!violations.isEmpty()) {
            audit.record(AuditType.PASSWORD_REJECTED, request, number, violations.size() + " rules broken");
            return new PasswordChange.Rejected(violations);
        }
        if (!activations.consumeGrant(request.mutualCode(), number, grant)) {
            return new PasswordChange.NotAllowed();
        }
        setPassword(request, member.get(), password);
        // a new password reopens an account locked by failed sign-ins
        lockedFailures(request.mutualCode(), number).update(new Lockout(
                member.get().getMutual().getSettings().lockoutPolicy()).afterSuccess());
        return new PasswordChange.Changed();
    }

    /** A signed-in member changes their password, proving it with the current one. */
    public PasswordChange changePassword(@NotNull @Valid RequestContext request, @NotBlank String number,
                                         String currentPassword, String password, String confirmation) {
        var signIn = verifyCurrent(request, number, currentPassword);
        if (signIn instanceof SignIn.Wait wait) {
            return new PasswordChange.Wait(wait.retryAfter());
        }
        if (!(signIn instanceof SignIn.SignedIn)) {
            return new PasswordChange.NotAllowed();
        }
        var member = find(request.mutualCode(), number).orElseThrow();
        var violations = check(member, password, confirmation);
        if (!violations.isEmpty()) {
            audit.record(AuditType.PASSWORD_REJECTED, request, number, violations.size() + " rules broken");
            return new PasswordChange.Rejected(violations);
        }
        setPassword(request, member, password);
        return new PasswordChange.Changed();
    }

    /** The rules of the mutual's password policy, in order, to describe them on a page. */
    public List<Requirement> passwordRules(String mutualCode) {
        return mutuals.find(mutualCode).map(this::policyOf).map(PasswordPolicy::requirements).orElse(List.of());
    }

    /**
     * Enrols a member of an existing mutual (as the mutual's member file would); a new
     * member has no password yet and starts with the first-connection path.
     *
     * @throws IllegalArgumentException when the mutual does not exist
     */
    public Member enrol(@NotBlank String mutualCode,
                        @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number,
                        @NotBlank @Size(max = 100) String firstName,
                        @NotBlank @Size(max = 100) String lastName,
                        @NotBlank @Email @Size(max = 254) String email) {
        var mutual = mutuals.find(mutualCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown mutual " + mutualCode));
        var member = new Member(mutual, number, firstName, lastName, email,
                AccountStatus.NO_PASSWORD, clock.instant());
        em.persist(member);
        em.flush();
        return member;
    }

    /**
     * Gives a member a temporary password they must replace at their next sign-in (forced
     * renewal, as the mutual decides).
     */
    public void requireRenewal(@NotBlank String mutualCode, @NotBlank String number, @NotBlank String temporaryPassword) {
        var member = find(mutualCode, number).orElseThrow(() -> new IllegalArgumentException("Unknown member"));
        member.requireRenewal(hashes.hash(temporaryPassword), clock.instant());
        audit.record(AuditType.ACCOUNT_STATUS_CHANGED, mutualCode, number, "must renew");
    }

    /**
     * Imports a password hash from the mutual's former platform (PHC string: PBKDF2-SHA256
     * or Argon2id). The member signs in with their old password; it is re-hashed then.
     */
    public void importPasswordHash(@NotBlank String mutualCode, @NotBlank String number,
                                   @NotBlank @Size(max = 255) String phcHash, boolean mustRenew) {
        var member = find(mutualCode, number).orElseThrow(() -> new IllegalArgumentException("Unknown member"));
        if (mustRenew) {
            member.requireRenewal(phcHash, clock.instant());
        } else {
            member.changePassword(phcHash, clock.instant());
        }
        audit.record(AuditType.ACCOUNT_STATUS_CHANGED, mutualCode, number, "password hash imported");
    }

    private SignIn verifyCurrent(RequestContext request, String number, String currentPassword) {
        var result = signIn(request, number, currentPassword);
        // a member who must renew proves their identity just as well with the old password
        return result instanceof SignIn.MustRenew
                ? new SignIn.SignedIn(profile(request.mutualCode(), number).orElseThrow()) : result;
    }

    private List<fr.memberspace.password.rule.Violation> check(Member member, String password, String confirmation) {
        var policy = policyOf(member.getMutual());
        // the current password (even one set by the mutual, or imported) counts as a recent one
        var history = new java.util.LinkedHashSet<String>();
        if (member.getPasswordHash() != null) {
            history.add(member.getPasswordHash());
        }
        history.addAll(em.createNamedQuery(PasswordHistoryEntry.RECENT, String.class)
                .setParameter("member", member)
                .setMaxResults(Math.max(1, policy.settings().historySize()))
                .getResultList());
        var data = new MemberData(member.getNumber(), member.getFirstName(), member.getLastName(), member.getEmail());
        return policy.check(new PasswordAttempt(password, confirmation, data,
                history.stream().limit(Math.max(1, policy.settings().historySize())).toList()));
    }

    private void setPassword(RequestContext request, Member member, String password) {
        var now = clock.instant();
        var hash = hashes.hash(password);
        member.changePassword(hash, now);
        em.persist(new PasswordHistoryEntry(member, hash, now));
        audit.record(AuditType.PASSWORD_CHANGED, request, member.getNumber(), null);
        var mutual = member.getMutual();
        outbox.queue(mutual.getCode(), member.getNumber(), PASSWORD_CHANGED_MAIL,
                MailTemplates.passwordChanged(new MailTemplates.Sender(mutual.getSenderAddress(), mutual.getName()),
                        member.getEmail(), member.getNumber(), now, request.locale()));
    }

    private PasswordPolicy policyOf(Mutual mutual) {
        return new PasswordPolicy(mutual.getSettings().passwordSettings(), hashes::matches);
    }

    /** The failure counter of a number typed, locked for this transaction. */
    private SignInFailureCount lockedFailures(String mutualCode, String number) {
        try {
            failureRows.ensure(mutualCode, number);
        } catch (EJBException raced) {
            // another request created it a moment ago: fine
        }
        return em.find(SignInFailureCount.class, new SignInFailureCount.Key(mutualCode, number),
                LockModeType.PESSIMISTIC_WRITE);
    }

    private static MemberProfile profileOf(Member member, java.time.Instant previousSignIn) {
        return new MemberProfile(member.getMutual().getCode(), member.getNumber(), member.getFirstName(),
                member.getLastName(), previousSignIn, member.getPasswordChangedAt());
    }

    /** A number as typed, cut to what the audit stores. */
    private static String shortened(String number) {
        return number == null || number.length() <= 20 ? number : number.substring(0, 20);
    }
}
