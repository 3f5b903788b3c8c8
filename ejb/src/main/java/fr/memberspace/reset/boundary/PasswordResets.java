package fr.memberspace.reset.boundary;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import fr.memberspace.account.control.DecoyEmails;
import fr.memberspace.account.control.MaskedEmail;
import fr.memberspace.account.control.Members;
import fr.memberspace.account.control.Passwords;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.activation.control.CodeCheck;
import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.activation.control.IssuedCodes;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.challenge.ShownChallenge;
import fr.memberspace.challenge.control.IssuedChallenges;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.mutual.control.MutualPolicies;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.mutual.control.MutualSenders;
import fr.memberspace.password.PasswordChange;
import fr.memberspace.request.RequestContext;
import fr.memberspace.secret.control.ServerSecret;
import fr.memberspace.throttle.control.AddressLimiter;
import fr.memberspace.throttle.control.Attempt;
import fr.memberspace.throttle.control.Clients;
import fr.memberspace.throttle.control.FailureCounters;

/**
 * The reset and first-connection wizard's one door: identify the member number, e-mail an
 * activation code, verify it, set the new password (with the anti-robot answer, checked in
 * the same transaction).
 * <p>
 * <strong>Nothing here tells a stranger whether a number exists.</strong> An unknown number
 * goes through the same steps: a decoy masked address derived from the number, a code
 * nobody knows (never sent), the same cooldowns, limits and tries.
 * <p>
 * Codes belong to the client that asked ({@link Clients}): the member's known device has
 * its own codes and limits, so a stranger elsewhere can neither use up nor burn them.
 */
@Stateless
public class PasswordResets {

    static final String CODE_MAIL = "ACTIVATION_CODE";

    @Inject
    Clock clock;

    @Inject
    Mutuals mutuals;

    @Inject
    Members members;

    @Inject
    Passwords passwords;

    @Inject
    IssuedCodes codes;

    @Inject
    FailureCounters failureCounters;

    @Inject
    Clients clients;

    @Inject
    IssuedChallenges challenges;

    @Inject
    ServerSecret secret;

    @Inject
    AddressLimiter addressLimits;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /**
     * The number typed and where its codes go, masked (a decoy for an unknown number), unless
     * the client address typed too many numbers lately (each one opens a wizard's session).
     */
    public Identification identify(@NotNull @Valid RequestContext request, @NotNull String number) {
        var wait = addressLimits.waitBefore(Attempt.IDENTIFY, request.clientAddress());
        if (wait.isPresent()) {
            audit.record(AuditType.IDENTIFY_THROTTLED, request, number, "address");
            return new Identification.Wait(wait.get());
        }
        addressLimits.record(Attempt.IDENTIFY, request.clientAddress());
        // as the mutual writes its numbers (the page checked the format already)
        var stored = MemberNumberFormat.of(mutual(request).getSettings().getNumberFormat()).normalise(number)
                .orElseThrow(() -> new IllegalArgumentException("not a member number of this mutual"));
        return new Identification.Shown(stored, maskedEmail(request.mutualCode(), stored,
                members.contact(request.mutualCode(), stored)));
    }

    /** Issues a new code (revoking older ones) and e-mails it, unless a limit says to wait. */
    public CodeRequest requestCode(@NotNull @Valid RequestContext request,
                                   @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number) {
        var addressWait = addressLimits.waitBefore(Attempt.CODE_REQUEST, request.clientAddress());
        if (addressWait.isPresent()) {
            audit.record(AuditType.CODE_THROTTLED, request, number, "address");
            return new CodeRequest.Wait("code.wait.address", addressWait.get());
        }
        var mutual = mutual(request);
        var policy = codePolicy(mutual);
        var client = clients.of(request, number);
        var refusal = codes.refusal(mutual.getCode(), number, client, policy);
        if (refusal.isPresent()) {
            audit.record(AuditType.CODE_REFUSED, request, number, refusal.get().reason().name());
            return new CodeRequest.Wait(refusal.get().reason().messageKey(), refusal.get().retryAfter());
        }
        addressLimits.record(Attempt.CODE_REQUEST, request.clientAddress());

        var known = members.contact(mutual.getCode(), number);
        // a member imported without an address goes through the steps of a number nobody has:
        // a decoy address shown, a code never sent (the page tells anyone to ask the mutual)
        var contact = known.filter(c -> c.email() != null);
        var noAddress = known.isPresent() && contact.isEmpty();
        var firstConnection = contact.filter(c -> c.status() == AccountStatus.NO_PASSWORD).isPresent();
        var code = codes.issue(mutual.getCode(), number, client, firstConnection, policy);
        var masked = maskedEmail(mutual.getCode(), number, contact);
        // the mail is made and its code sealed for a number nobody has too (then dropped), so
        // that both take the same time (EnumerationTimingIT)
        var to = contact.map(Members.Contact::email).orElse(masked);
        var expiresAt = clock.instant().plus(policy.validity());
        var mail = outbox.codeMail(mutual.getCode(), number, CODE_MAIL, code, codeSlot -> MailTemplates.activationCode(
                MutualSenders.of(mutual),
                to, codeSlot, firstConnection, policy.validity(), request.locale()));
        if (contact.isPresent()) {
            // the outbox keeps the code sealed, never readable (see Outbox.queueCode)
            outbox.queue(mail, expiresAt);
            audit.record(AuditType.CODE_ISSUED, request, number, firstConnection ? "FIRST_CONNECTION" : "RESET");
        } else {
            // the same steps for a number nobody has: a code nobody knows, no e-mail
            outbox.rehearse(mail, expiresAt);
            audit.record(AuditType.CODE_ISSUED_UNKNOWN_MEMBER, request, number, noAddress ? "member has no address" : null);
        }
        return new CodeRequest.Sent(masked, policy.validity());
    }

    /** Checks a code typed by the member; the right one, once, gives a grant to set a password. */
    public CodeCheck verifyCode(@NotNull @Valid RequestContext request,
                                @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number, String typed) {
        var addressWait = addressLimits.waitBefore(Attempt.CODE_CHECK, request.clientAddress());
        if (addressWait.isPresent()) {
            audit.record(AuditType.CODE_THROTTLED, request, number, "address");
            return new CodeCheck.Wait(addressWait.get());
        }
        addressLimits.record(Attempt.CODE_CHECK, request.clientAddress());
        return codes.check(request, number, clients.of(request, number), typed, codePolicy(mutual(request)));
    }

    /** The anti-robot challenge of the new-password step: pictures, or a question in words. */
    public ShownChallenge challenge(@NotNull @Valid RequestContext request, Locale locale, boolean inWords) {
        return inWords ? challenges.issueQuestion(request.mutualCode(), locale)
                : challenges.issue(request.mutualCode(), locale);
    }

    /**
     * Sets the new password with the grant of a verified code, if the anti-robot answer is
     * right and the mutual's policy accepts it. The grant is used only when the password is
     * set; the challenge is used whatever the outcome.
     */
    public PasswordChange setPassword(@NotNull @Valid RequestContext request, String number, String grant,
                                      String challengeId, String answer, String password, String confirmation) {
        if (!challenges.pass(request.mutualCode(), challengeId, answer)) {
            return new PasswordChange.ChallengeFailed();
        }
        var member = members.find(request.mutualCode(), number);
        if (member.isEmpty() || !codes.grantIsValid(request.mutualCode(), number, grant)) {
            audit.record(AuditType.PASSWORD_REJECTED, request, shortened(number), "no valid grant");
            return new PasswordChange.NotAllowed();
        }
        var violations = passwords.violations(member.get(), password, confirmation);
        if (!violations.isEmpty()) {
            audit.record(AuditType.PASSWORD_REJECTED, request, number, violations.size() + " rules broken");
            return new PasswordChange.Rejected(violations);
        }
        if (!codes.consumeGrant(request.mutualCode(), number, grant)) {
            return new PasswordChange.NotAllowed();
        }
        passwords.set(request, member.get(), password);
        // a new password reopens an account locked by failed sign-ins
        failureCounters.clear(request.mutualCode(), number);
        return new PasswordChange.Changed(member.get().getPasswordChangedAt(),
                clients.newTicket(request.mutualCode(), number));
    }

    /** The member's address masked, or a decoy for a number nobody has (both computed: the same time either way). */
    private String maskedEmail(String mutualCode, String number, Optional<Members.Contact> contact) {
        var decoy = new DecoyEmails(secret.decoyKey()).forUnknownMember(mutualCode, number);
        // a member with no address (imported without one) is shown a decoy, as a stranger is
        return contact.filter(c -> c.email() != null).map(c -> MaskedEmail.of(c.email())).orElse(decoy).value();
    }

    private Mutual mutual(RequestContext request) {
        return mutuals.find(request.mutualCode()).orElseThrow(() -> new IllegalArgumentException("mutual"));
    }

    private static CodePolicy codePolicy(Mutual mutual) {
        return MutualPolicies.codePolicy(mutual.getSettings());
    }

    /** A number as typed, cut to what the audit stores. */
    private static String shortened(String number) {
        return number == null || number.length() <= 20 ? number : number.substring(0, 20);
    }
}
