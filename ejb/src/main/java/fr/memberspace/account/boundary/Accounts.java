package fr.memberspace.account.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.memberspace.account.control.Members;
import fr.memberspace.account.control.Passwords;
import fr.memberspace.account.control.SignInCheck;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.mutual.control.MutualPolicies;
import fr.memberspace.password.PasswordChange;
import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.request.RequestContext;
import fr.memberspace.throttle.control.Clients;
import fr.memberspace.throttle.control.LockoutPolicy;
import fr.memberspace.throttle.control.StrangersBudget;
import fr.memberspace.throttle.control.TryReservations;

/**
 * The members' accounts: sign-in, password changes, enrolment.
 * <p>
 * Nothing here tells a stranger whether a member number exists: sign-in failures are
 * counted and locked per number typed, known or not; an unknown number is checked against a
 * dummy hash so it takes as long as a real one; every refusal is the same answer.
 * <p>
 * A stranger elsewhere cannot lock the member out: failures are counted per number and
 * client ({@link Clients}). The member's known device keeps its own counter; all other
 * clients share one, with {@value StrangersBudget#WRONG_PASSWORDS_PER_DAY} wrong passwords
 * a day at most, whatever their addresses, and the lockout's cap of 100 consecutive failures.
 */
@Stateless
public class Accounts {

    /** How long a try may wait for the tries of its number being checked before it is told to come back. */
    static final Duration QUEUED_AT_MOST = Duration.ofSeconds(10);

    /**
     * A queued try wakes when a try of its number settles on this node; one settling on
     * another node wakes nobody here, so it also asks again after this long.
     */
    static final Duration ASK_AGAIN_AFTER = Duration.ofMillis(500);

    @PersistenceContext
    EntityManager em;

    @Inject
    Mutuals mutuals;

    @Inject
    Members members;

    @Inject
    Passwords passwords;

    @Inject
    SignInSteps steps;

    @Inject
    PasswordHashes hashes;

    @Inject
    AuditTrail audit;

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
     * <p>
     * No transaction while the password is hashed (tens of milliseconds): a try is reserved
     * on the number's counter in a short transaction, the hash is checked with no lock nor
     * connection held, and the try is settled in a second one ({@link TryReservations}
     * keeps concurrent tries within what sequential ones would get). A try that would be one
     * too many if the tries being checked failed waits for them, for
     * {@link #QUEUED_AT_MOST} at most.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SignIn signIn(@NotNull @Valid RequestContext request, String number, String password) {
        var mutual = mutuals.find(request.mutualCode()).orElseThrow(() -> new IllegalArgumentException("mutual"));
        var normalised = MemberNumberFormat.of(mutual.getSettings().getNumberFormat()).normalise(number).orElse(null);
        var check = new SignInCheck(hashes);
        var admitted = steps.admit(request, shortened(number),
                normalised != null && password != null && !password.isEmpty());
        if (admitted.isPresent()) {
            if (admitted.get() instanceof SignIn.Refused) {
                check.spendTheTimeOfACheck(password);
            }
            return admitted.get();
        }
        var policy = MutualPolicies.lockoutPolicy(mutual.getSettings());
        var key = steps.counterOf(request, normalised);
        var here = steps.inProgress().enter(key);
        try {
            return reserveCheckAndSettle(request, normalised, password, policy, check, here);
        } finally {
            steps.inProgress().leave(key);
        }
    }

    private SignIn reserveCheckAndSettle(RequestContext request, String number, String password, LockoutPolicy policy,
                                         SignInCheck check, LocalSettlements.Counter here) {
        long queuedUntil = System.nanoTime() + QUEUED_AT_MOST.toNanos();
        while (true) {
            long seen = here.seen();
            var reservation = steps.reserve(request, number, policy);
            if (reservation instanceof SignInSteps.Answered answered) {
                if (answered.spendTime()) {
                    check.spendTheTimeOfACheck(password);
                }
                return answered.answer();
            }
            if (reservation instanceof SignInSteps.Reserved reserved) {
                return checkAndSettle(request, number, policy, reserved, check, password, here);
            }
            if (System.nanoTime() - queuedUntil > 0) {
                return steps.busy(request, number);
            }
            try {
                here.awaitAfter(seen, ASK_AGAIN_AFTER);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return steps.busy(request, number);
            }
        }
    }

    private SignIn checkAndSettle(RequestContext request, String number, LockoutPolicy policy,
                                  SignInSteps.Reserved reserved, SignInCheck check, String password,
                                  LocalSettlements.Counter here) {
        SignInCheck.Outcome outcome;
        try {
            outcome = check.check(reserved.storedHash(), password);
        } catch (RuntimeException unexpected) {
            steps.settle(request, number, policy, reserved, new SignInCheck.Wrong());
            here.settledOne();
            throw unexpected;
        }
        try {
            return steps.settle(request, number, policy, reserved, outcome);
        } finally {
            here.settledOne();
        }
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
        var violations = passwords.violations(member, password, confirmation);
        if (!violations.isEmpty()) {
            audit.record(AuditType.PASSWORD_REJECTED, request, number, violations.size() + " rules broken");
            return new PasswordChange.Rejected(violations);
        }
        passwords.set(request, member, password);
        return new PasswordChange.Changed(member.getPasswordChangedAt(), null);
    }

    /** The rules of the mutual's password policy, in order, to describe them on a page. */
    public List<Requirement> passwordRules(String mutualCode) {
        return mutuals.find(mutualCode).map(passwords::rules).orElse(List.of());
    }

    /**
     * Whether a session of this member that signed in at {@code signedInAt} may go on: not
     * if the password changed since (the member's other sessions end at a password change).
     */
    public boolean sessionIsCurrent(String mutualCode, String number, Instant signedInAt) {
        if (signedInAt == null) {
            return false;
        }
        return find(mutualCode, number)
                .map(Member::getPasswordChangedAt)
                .map(changedAt -> !changedAt.isAfter(signedInAt))
                .orElse(true);
    }

    /**
     * Enrols a member of an existing mutual (as the mutual's member file would); a new
     * member has no password yet and starts with the first-connection path.
     *
     * @throws IllegalArgumentException when the mutual does not exist
     */
    public Member enrol(@NotBlank String mutualCode,
                        @NotNull String number,
                        @NotBlank @Size(max = 100) String firstName,
                        @NotBlank @Size(max = 100) String lastName,
                        @NotBlank @Email @Size(max = 254) String email) {
        var mutual = mutuals.find(mutualCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown mutual " + mutualCode));
        var stored = MemberNumberFormat.of(mutual.getSettings().getNumberFormat()).normalise(number)
                .orElseThrow(() -> new IllegalArgumentException("Not a member number of " + mutualCode));
        var member = new Member(mutual, stored, firstName, lastName, email,
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
     * Imports a password hash from the mutual's former platform (Argon2id, PBKDF2, bcrypt or
     * SHA-crypt: {@link PasswordHashes#refusalOf}). The member signs in with their old
     * password; it is re-hashed with Argon2id then.
     *
     * @throws IllegalArgumentException for an unknown member, or a hash that cannot be
     *                                  imported (its message says why: an unsalted digest, an
     *                                  unknown format), nothing changed
     */
    public void importPasswordHash(@NotBlank String mutualCode, @NotBlank String number,
                                   @NotBlank @Size(max = 255) String phcHash, boolean mustRenew) {
        var refusal = PasswordHashes.refusalOf(phcHash);
        if (refusal.isPresent()) {
            throw new IllegalArgumentException("Password hash refused: " + refusal.get());
        }
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
                ? new SignIn.SignedIn(profile(request.mutualCode(), number).orElseThrow(), clock.instant(), null) : result;
    }

    static MemberProfile profileOf(Member member, Instant previousSignIn) {
        return new MemberProfile(member.getMutual().getCode(), member.getNumber(), member.getFirstName(),
                member.getLastName(), previousSignIn, member.getPasswordChangedAt());
    }

    /** A number as typed, cut to what the audit stores. */
    private static String shortened(String number) {
        return number == null || number.length() <= 20 ? number : number.substring(0, 20);
    }
}
