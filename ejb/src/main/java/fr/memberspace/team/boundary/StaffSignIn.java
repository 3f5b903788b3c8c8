package fr.memberspace.team.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.password.rule.Violation;
import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.entity.StaffMember;
import fr.memberspace.staff.entity.StaffStatus;
import fr.memberspace.team.control.QrCodes;
import fr.memberspace.team.control.StaffGrants;
import fr.memberspace.team.control.StaffInvitations;
import fr.memberspace.team.control.StaffLockout;
import fr.memberspace.team.control.StaffPasswords;
import fr.memberspace.team.control.TotpCodes;
import fr.memberspace.team.control.TotpSecrets;
import fr.memberspace.throttle.control.AddressLimiter;
import fr.memberspace.throttle.control.Attempt;

/**
 * The staff's sign-in at {@code /admin/}: e-mail and password first, then a TOTP code (the
 * first time, the second factor is enrolled: a new secret is shown once and confirmed by a
 * first valid code). Also the invitation, where a new staff member chooses a password.
 *
 * <p>Nothing here tells a stranger which e-mails are staff: an unknown e-mail, a disabled
 * or invited account, a locked account and a wrong password get the same {@code Refused},
 * after the same Argon2id work. Attempts are limited per client address (the members'
 * limits: {@link Attempt#SIGN_IN} for passwords, {@link Attempt#CODE_CHECK} for codes) and
 * per account ({@link StaffLockout}: wrong passwords and wrong codes together, reset only
 * by a complete sign-in, so knowing the password gives no endless tries at the code). A
 * code is accepted once: each account remembers the last time step used, under a row lock.
 */
@Stateless
@PermitAll
public class StaffSignIn {

    static final String ISSUER = "MemberSpace";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    @Inject
    TotpSecrets secrets;

    @Inject
    StaffGrants grants;

    @Inject
    StaffInvitations invitations;

    @Inject
    AddressLimiter addressLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The first step: e-mail and password. */
    public StaffPasswordStep checkPassword(RequestContext request, String email, String password) {
        var now = clock.instant();
        var wait = addressLimits.waitBefore(Attempt.SIGN_IN, request.clientAddress());
        if (wait.isPresent()) {
            audit.recordStaff(AuditType.STAFF_SIGN_IN_THROTTLED, null, request, null, null, "address");
            return new StaffPasswordStep.Wait(wait.get());
        }
        addressLimits.record(Attempt.SIGN_IN, request.clientAddress());
        var typed = password == null ? "" : password;
        var staff = lock(normalise(email));
        if (staff.isEmpty() || staff.get().getStatus() != StaffStatus.ACTIVE || staff.get().getPasswordHash() == null
                || StaffLockout.isLocked(staff.get().getLockedUntil(), now)) {
            hashes.verifyDummy(typed);
            audit.recordStaff(AuditType.STAFF_SIGN_IN_FAILED, staff.map(StaffMember::getEmail).orElse(null), request,
                    null, null, staff.isEmpty() ? "unknown e-mail" : refusalOf(staff.get(), now));
            return new StaffPasswordStep.Refused();
        }
        var found = staff.get();
        var verification = hashes.verify(typed, found.getPasswordHash());
        if (!verification.matches()) {
            failed(found, request, now, "wrong password");
            return new StaffPasswordStep.Refused();
        }
        if (verification.needsRehash()) {
            found.rehash(hashes.hash(typed));
        }
        var grant = grants.grant(found.getEmail(), now);
        if (found.isTotpConfirmed()) {
            return new StaffPasswordStep.CodeNeeded(grant);
        }
        var secret = TotpSecrets.newSecret();
        found.startTotpEnrolment(secrets.seal(found.getEmail(), secret));
        return new StaffPasswordStep.EnrolmentNeeded(grant, enrolment(found.getEmail(), secret));
    }

    /** The enrolment being confirmed with this grant (to show it again after a wrong code), if any. */
    public Optional<Enrolment> enrolment(String grant) {
        return grants.email(grant, clock.instant())
                .flatMap(email -> em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class)
                        .setParameter("email", email).getResultStream().findFirst())
                .filter(staff -> !staff.isTotpConfirmed())
                .flatMap(staff -> secrets.open(staff.getEmail(), staff.getSealedTotpSecret())
                        .map(secret -> enrolment(staff.getEmail(), secret)));
    }

    /** The second step: the TOTP code, with the grant of the first. */
    public StaffCodeStep checkCode(RequestContext request, String grant, String code) {
        var now = clock.instant();
        var wait = addressLimits.waitBefore(Attempt.CODE_CHECK, request.clientAddress());
        if (wait.isPresent()) {
            audit.recordStaff(AuditType.STAFF_SIGN_IN_THROTTLED, null, request, null, null, "address, code");
            return new StaffCodeStep.Wait(wait.get());
        }
        addressLimits.record(Attempt.CODE_CHECK, request.clientAddress());
        var email = grants.email(grant, now);
        var staff = email.flatMap(this::lock);
        if (staff.isEmpty() || staff.get().getStatus() != StaffStatus.ACTIVE) {
            return new StaffCodeStep.StartOver();
        }
        var found = staff.get();
        if (StaffLockout.isLocked(found.getLockedUntil(), now)) {
            audit.recordStaff(AuditType.STAFF_SIGN_IN_THROTTLED, found.getEmail(), request, null, null, "account locked");
            return new StaffCodeStep.Wait(Duration.between(now, found.getLockedUntil()));
        }
        var secret = secrets.openBytes(found.getEmail(), found.getSealedTotpSecret());
        if (secret.isEmpty()) {
            return new StaffCodeStep.StartOver();
        }
        var step = TotpCodes.accept(secret.get(), code, now, found.getTotpLastStep());
        if (step.isEmpty()) {
            if (TotpCodes.matchesAnyRecentStep(secret.get(), code, now)) {
                audit.recordStaff(AuditType.STAFF_TOTP_REPLAYED, found.getEmail(), request, null, null, null);
            }
            failed(found, request, now, "wrong code");
            return StaffLockout.isLocked(found.getLockedUntil(), now)
                    ? new StaffCodeStep.Wait(Duration.between(now, found.getLockedUntil()))
                    : new StaffCodeStep.WrongCode();
        }
        if (found.isTotpConfirmed()) {
            found.totpUsed(step.getAsLong());
        } else {
            found.confirmTotp(step.getAsLong(), now);
            audit.recordStaff(AuditType.STAFF_TOTP_ENROLLED, found.getEmail(), request, null, null, null);
        }
        found.signedIn(now);
        audit.recordStaff(AuditType.STAFF_SIGN_IN_OK, found.getEmail(), request, null, null, found.getRole());
        return new StaffCodeStep.SignedIn(found.getEmail(), found.getDisplayName(), found.getRole(), now);
    }

    /** A staff member signed out, or its session ended idle. */
    public void signedOut(RequestContext request, String email, String why) {
        audit.recordStaff(AuditType.STAFF_SIGNED_OUT, email, request, null, null, why);
    }

    /** The account an invitation opens, if the token is genuine, unused and not expired. */
    public Optional<InvitedStaff> invitation(String token) {
        return invited(token, false).map(staff -> new InvitedStaff(staff.getEmail(), staff.getDisplayName()));
    }

    /** What a staff password must be, to describe it on the page. */
    public List<Requirement> passwordRules() {
        return StaffPasswords.requirements();
    }

    /**
     * The invited staff member chooses a password: the account becomes active and the
     * invitation is spent. Empty list: accepted; else the rules broken (nothing saved).
     *
     * @throws IllegalArgumentException if the invitation is not valid (any more)
     */
    public List<Violation> acceptInvitation(RequestContext request, String token, String password, String confirmation) {
        var staff = invited(token, true).orElseThrow(() -> new IllegalArgumentException("invitation"));
        var violations = StaffPasswords.violations(password, confirmation, staff.getEmail(), staff.getDisplayName());
        if (!violations.isEmpty()) {
            return violations;
        }
        staff.choosePassword(hashes.hash(password), clock.instant());
        audit.recordStaff(AuditType.STAFF_PASSWORD_CHANGED, staff.getEmail(), request, null, null, "invitation accepted");
        return List.of();
    }

    private Optional<StaffMember> invited(String token, boolean lock) {
        var now = clock.instant();
        return StaffInvitations.staffId(token)
                .map(id -> lock ? em.find(StaffMember.class, id, LockModeType.PESSIMISTIC_WRITE)
                        : em.find(StaffMember.class, id))
                .filter(staff -> staff.getStatus() != StaffStatus.DISABLED)
                .filter(staff -> staff.getInvitationExpiresAt() != null && now.isBefore(staff.getInvitationExpiresAt()))
                .filter(staff -> invitations.matches(token, staff.getInvitationHash()));
    }

    private void failed(StaffMember staff, RequestContext request, Instant now, String why) {
        int failures = staff.getFailures() + 1;
        var lock = StaffLockout.lockAfter(failures, now);
        staff.failed(failures, lock);
        audit.recordStaff(AuditType.STAFF_SIGN_IN_FAILED, staff.getEmail(), request, null, null, why);
        if (lock != null) {
            audit.recordStaff(AuditType.STAFF_SIGN_IN_THROTTLED, staff.getEmail(), request, null, null,
                    "locked after " + failures + " failures");
        }
    }

    private static String refusalOf(StaffMember staff, Instant now) {
        if (staff.getStatus() == StaffStatus.DISABLED) {
            return "disabled";
        }
        if (staff.getPasswordHash() == null) {
            return "no password yet";
        }
        return StaffLockout.isLocked(staff.getLockedUntil(), now) ? "locked" : "refused";
    }

    private Optional<StaffMember> lock(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class)
                .setParameter("email", email)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The e-mail as stored (lower case, trimmed), or null if it cannot be one. */
    static String normalise(String email) {
        if (email == null) {
            return null;
        }
        var trimmed = email.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() || trimmed.length() > 254 ? null : trimmed;
    }

    private static Enrolment enrolment(String email, String secret) {
        var label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        var uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + TotpCodes.DIGITS + "&period=" + TotpCodes.STEP.getSeconds();
        return new Enrolment(secret, uri, QrCodes.svgDataUri(uri));
    }

    /** Who an invitation is for. */
    public record InvitedStaff(String email, String displayName) {
    }
}
