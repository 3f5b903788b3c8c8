package fr.memberspace.account.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import fr.memberspace.account.control.Members;
import fr.memberspace.account.control.SignInCheck;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.request.RequestContext;
import fr.memberspace.throttle.control.AddressLimiter;
import fr.memberspace.throttle.control.Attempt;
import fr.memberspace.throttle.control.Clients;
import fr.memberspace.throttle.control.FailureCounters;
import fr.memberspace.throttle.control.LockoutPolicy;
import fr.memberspace.throttle.control.SignInVerdict;
import fr.memberspace.throttle.control.TryReservations;

/**
 * The short transactions of {@link Accounts#signIn}, each committed before the password is
 * hashed or after: admit the address, reserve a try on the number's counter (its row locked
 * only for this), settle it. Package-private: only the door calls them.
 */
@ApplicationScoped
class SignInSteps {

    @Inject
    Members members;

    @Inject
    FailureCounters failureCounters;

    @Inject
    Clients clients;

    @Inject
    AddressLimiter addressLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The sign-ins in progress on this node, per counter: a settlement wakes a try queued here. */
    private final LocalSettlements inProgress = new LocalSettlements();

    /** The sign-ins in progress on this node (a method: this bean is reached through a proxy). */
    public LocalSettlements inProgress() {
        return inProgress;
    }

    /** The counter a try of this number from this client uses: its mutual, number and client. */
    public String counterOf(RequestContext request, String number) {
        return request.mutualCode() + '/' + number + '/' + clients.of(request, number);
    }

    /** What a try of a well-formed number gets from its counter. */
    sealed interface Reservation {
    }

    /** The answer, without checking the password; {@code spendTime}: hash a dummy first, as a check would. */
    record Answered(SignIn answer, boolean spendTime) implements Reservation {
    }

    /** Tries being checked could make this one too many: ask again when one of them settles. */
    record Queued() implements Reservation {
    }

    /** Check the password against {@code storedHash} (null: no member or no password), then settle. */
    record Reserved(String client, String storedHash) implements Reservation {
    }

    /** The address limit, then the number's form: an answer, or empty to go on. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<SignIn> admit(RequestContext request, String typed, boolean wellFormed) {
        var addressWait = addressLimits.waitBefore(Attempt.SIGN_IN, request.clientAddress());
        if (addressWait.isPresent()) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, typed, "address");
            return Optional.of(new SignIn.Wait(addressWait.get()));
        }
        addressLimits.record(Attempt.SIGN_IN, request.clientAddress());
        if (!wellFormed) {
            audit.record(AuditType.SIGN_IN_FAILED, request, typed, "malformed");
            return Optional.of(new SignIn.Refused());
        }
        return Optional.empty();
    }

    /** Locks the counter of this number and client for a moment and reserves a try on it, if it may try. */
    @Transactional(TxType.REQUIRES_NEW)
    public Reservation reserve(RequestContext request, String number, LockoutPolicy policy) {
        var client = clients.of(request, number);
        var counter = failureCounters.lock(request.mutualCode(), number, client);
        var decision = new TryReservations(policy).reserve(counter.reservations(), Clients.OTHERS.equals(client),
                clock.instant());
        if (decision instanceof TryReservations.Refused refused) {
            return new Answered(throttled(request, number, refused.verdict()),
                    refused.verdict() instanceof SignInVerdict.LockedUntilReset);
        }
        if (decision instanceof TryReservations.OverBudget overBudget) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "others' daily budget");
            return new Answered(new SignIn.Wait(overBudget.retryAfter()), true);
        }
        if (decision instanceof TryReservations.Queued) {
            return new Queued();
        }
        counter.update(((TryReservations.Reserved) decision).after());
        return new Reserved(client, members.find(request.mutualCode(), number).map(Member::getPasswordHash).orElse(null));
    }

    /**
     * Settles a reserved try with what the check gave. A password right against a hash the
     * member no longer has (changed meanwhile) is a wrong one: the try counts as made after
     * the change.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public SignIn settle(RequestContext request, String number, LockoutPolicy policy, Reserved reserved,
                         SignInCheck.Outcome outcome) {
        var now = clock.instant();
        var counter = failureCounters.lock(request.mutualCode(), number, reserved.client());
        var member = members.find(request.mutualCode(), number);
        var right = outcome instanceof SignInCheck.Right checked && member.isPresent()
                && Objects.equals(member.get().getPasswordHash(), checked.checkedHash());
        var before = counter.reservations();
        var after = new TryReservations(policy).settle(before, right, Clients.OTHERS.equals(reserved.client()), now);
        counter.update(after);
        if (!right) {
            audit.record(member.isPresent() ? AuditType.SIGN_IN_FAILED : AuditType.SIGN_IN_UNKNOWN_MEMBER,
                    request, number, reserved.storedHash() == null && member.isPresent() ? "no password yet" : null);
            if (after.failures().locks() > before.failures().locks()) {
                audit.record(AuditType.ACCOUNT_LOCKED, request, number,
                        "after " + after.failures().consecutive() + " failures");
            }
            return new SignIn.Refused();
        }
        var found = member.get();
        var newHash = ((SignInCheck.Right) outcome).newHash();
        if (newHash != null) {
            found.rehash(newHash);
            audit.record(AuditType.PASSWORD_REHASHED, request, number, null);
        }
        if (found.getStatus() == AccountStatus.MUST_RENEW) {
            audit.record(AuditType.SIGN_IN_MUST_RENEW, request, number, null);
            return new SignIn.MustRenew();
        }
        var previous = found.getLastSignInAt();
        found.signedIn(now);
        audit.record(AuditType.SIGN_IN_OK, request, number, null);
        return new SignIn.SignedIn(Accounts.profileOf(found, previous), now, clients.newTicket(request.mutualCode(), number));
    }

    /** A try that stayed queued too long: it may come back in a second. */
    @Transactional(TxType.REQUIRES_NEW)
    public SignIn busy(RequestContext request, String number) {
        audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "tries being checked");
        return new SignIn.Wait(Duration.ofSeconds(1));
    }

    private SignIn throttled(RequestContext request, String number, SignInVerdict verdict) {
        if (verdict instanceof SignInVerdict.Delayed delayed) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "delay");
            return new SignIn.Wait(delayed.retryAfter());
        }
        if (verdict instanceof SignInVerdict.Locked locked) {
            audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "locked");
            return new SignIn.Wait(locked.retryAfter());
        }
        audit.record(AuditType.SIGN_IN_THROTTLED, request, number, "locked until reset");
        return new SignIn.LockedUntilReset();
    }
}
