package fr.memberspace.support.boundary;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import fr.memberspace.account.control.MaskedEmail;
import fr.memberspace.account.control.Members;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mutual.control.MutualPolicies;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.mutual.control.MutualSenders;
import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.control.StaffScope;
import fr.memberspace.support.control.MemberSearch;
import fr.memberspace.support.control.MemberTrail;
import fr.memberspace.support.control.WizardLink;
import fr.memberspace.throttle.control.FailureCounters;
import fr.memberspace.throttle.control.SignInLocks;

/**
 * The support desk's door to the members of the mutuals an agent reaches (the platform's
 * administrator reaches them all). <strong>Every method checks the reach itself</strong>
 * ({@link StaffScope#requireReach}) before it reads or changes anything, and finds a
 * member only within the mutual it names: a member of mutual A is neither found, shown
 * nor changed through mutual B, whatever a page sends.
 * <p>
 * Each action is audited on the member's trail with the agent's identity (the line's agent). Mails go
 * through the outbox, in French (the mutuals' members are French; the product keeps no
 * language per member).
 */
@Stateless
@RolesAllowed({"platform-admin", "support"})
public class MemberSupport {

    /** The language of the mails an agent's action sends. */
    static final Locale MEMBERS_LOCALE = Locale.FRENCH;

    /** Outbox kinds of the mails sent here. */
    static final String INVITATION_MAIL = "INVITATION";
    static final String EMAIL_CHANGED_MAIL = "EMAIL_CHANGED";

    @Inject
    StaffScope scope;

    @PersistenceContext
    EntityManager em;

    @Inject
    Members members;

    @Inject
    MemberSearch search;

    @Inject
    MemberTrail trail;

    @Inject
    FailureCounters failureCounters;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** The mutuals the agent reaches, by name (every mutual for the administrator). */
    public List<MutualChoice> mutuals() {
        var codes = scope.reachableMutuals();
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Mutual m WHERE m.code IN :codes ORDER BY m.name, m.code", Mutual.class)
                .setParameter("codes", codes)
                .getResultStream()
                .map(mutual -> new MutualChoice(mutual.getCode(), mutual.getName()))
                .toList();
    }

    /**
     * The members of a mutual the agent reaches whose number starts with, or whose name or
     * e-mail contains, {@code text} (any case; an empty text lists them all), one page.
     */
    public Page<MemberRow> search(@NotBlank String mutualCode, @Size(max = MemberSearch.MAX_TEXT) String text,
                                  int first, int size) {
        scope.requireReach(mutualCode);
        var rows = search.page(mutualCode, text, Page.first(first), Page.size(size)).stream()
                .map(member -> new MemberRow(mutualCode, member.getNumber(), member.getFirstName(),
                        member.getLastName(), member.getEmail(), member.getStatus()))
                .toList();
        return new Page<>(rows, search.count(mutualCode, text));
    }

    /** The member's page, if the mutual has a member with this number. */
    public Optional<MemberFile> member(@NotBlank String mutualCode, String number) {
        scope.requireReach(mutualCode);
        return members.find(mutualCode, number).map(this::fileOf);
    }

    /** The member's audit trail, newest first, one page (empty for a number the mutual does not have). */
    public Page<TrailLine> trail(@NotBlank String mutualCode, String number, int first, int size) {
        scope.requireReach(mutualCode);
        if (members.find(mutualCode, number).isEmpty()) {
            return Page.empty();
        }
        var rows = trail.page(mutualCode, number, Page.first(first), Page.size(size)).stream()
                .map(MemberSupport::lineOf).toList();
        return new Page<>(rows, trail.count(mutualCode, number));
    }

    /** Clears the sign-in failures of the number from every client (and the others' spent daily budget). */
    public SupportAction unlock(@NotNull @Valid RequestContext request, String number) {
        scope.requireReach(request.mutualCode());
        var member = members.find(request.mutualCode(), number);
        if (member.isEmpty()) {
            return new SupportAction.NoSuchMember();
        }
        var before = lockOf(member.get());
        failureCounters.unlock(request.mutualCode(), number);
        audited(AuditType.SUPPORT_UNLOCKED, request, number, before.locked() ? null : "was not locked");
        return new SupportAction.Done();
    }

    /** The member keeps the password but must choose a new one at the next sign-in. */
    public SupportAction requireRenewal(@NotNull @Valid RequestContext request, String number) {
        scope.requireReach(request.mutualCode());
        var member = members.find(request.mutualCode(), number);
        if (member.isEmpty()) {
            return new SupportAction.NoSuchMember();
        }
        var status = member.get().getStatus();
        if (status == AccountStatus.NO_PASSWORD || member.get().getPasswordHash() == null) {
            return new SupportAction.NotDone("no-password");
        }
        if (status == AccountStatus.MUST_RENEW) {
            return new SupportAction.NotDone("already-must-renew");
        }
        member.get().mustRenew();
        audited(AuditType.SUPPORT_RENEWAL_REQUIRED, request, number, null);
        return new SupportAction.Done();
    }

    /**
     * E-mails the member a link to the mutual's wizard: to create a first password (no
     * password yet), else to choose a new one. The mail holds no code: the member asks for
     * one in the wizard, which proves the mailbox.
     *
     * @param publicBase the platform's public address ({@code https://espace.example.org})
     */
    public SupportAction invite(@NotNull @Valid RequestContext request, String number, String publicBase) {
        scope.requireReach(request.mutualCode());
        var member = members.find(request.mutualCode(), number);
        if (member.isEmpty()) {
            return new SupportAction.NoSuchMember();
        }
        var link = WizardLink.of(publicBase, request.mutualCode())
                .orElseThrow(() -> new IllegalArgumentException("not a public address: " + publicBase));
        var found = member.get();
        if (found.getEmail() == null) {
            return new SupportAction.NotDone("no-email");
        }
        var mutual = found.getMutual();
        var firstConnection = found.getStatus() == AccountStatus.NO_PASSWORD;
        outbox.queue(mutual.getCode(), number, INVITATION_MAIL, MailTemplates.invitation(senderOf(mutual),
                found.getEmail(), number, link, firstConnection, MEMBERS_LOCALE));
        audited(AuditType.SUPPORT_INVITATION_SENT, request, number, firstConnection ? "FIRST_CONNECTION" : "RESET");
        return new SupportAction.Done();
    }

    /** Replaces the member's e-mail address; the old and the new address each get a notice. */
    public SupportAction correctEmail(@NotNull @Valid RequestContext request, String number, String newEmail) {
        scope.requireReach(request.mutualCode());
        var member = members.find(request.mutualCode(), number);
        if (member.isEmpty()) {
            return new SupportAction.NoSuchMember();
        }
        var address = newEmail == null ? "" : newEmail.strip();
        if (!validator.validate(new EmailAddress(address)).isEmpty()) {
            return new SupportAction.NotDone("invalid-email");
        }
        var found = member.get();
        var old = found.getEmail();
        if (address.equalsIgnoreCase(old)) {
            return new SupportAction.NotDone("same-email");
        }
        found.correctEmail(address);
        var mutual = found.getMutual();
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var masked = MaskedEmail.of(address).value();
        if (old != null) { // a member imported without an address has no old one to tell
            outbox.queue(mutual.getCode(), number, EMAIL_CHANGED_MAIL,
                    MailTemplates.emailChanged(senderOf(mutual), old, number, masked, true, now, MEMBERS_LOCALE));
        }
        outbox.queue(mutual.getCode(), number, EMAIL_CHANGED_MAIL,
                MailTemplates.emailChanged(senderOf(mutual), address, number, masked, false, now, MEMBERS_LOCALE));
        // the addresses themselves stay out of the trail (and the security log): masked only
        audited(AuditType.SUPPORT_EMAIL_CORRECTED, request, number, (old == null ? "(none)" : MaskedEmail.of(old).value()) + " -> " + masked);
        return new SupportAction.Done();
    }

    private MemberFile fileOf(Member member) {
        var codes = trail.codesSent(member.getMutual().getCode(), member.getNumber());
        return new MemberFile(member.getMutual().getCode(), member.getMutual().getName(), member.getNumber(),
                member.getFirstName(), member.getLastName(), member.getEmail(), member.getStatus(),
                member.getCreatedAt(), member.getLastSignInAt(), member.getPasswordChangedAt(), lockOf(member),
                codes.count(), codes.last());
    }

    private SignInLocks.NumberLock lockOf(Member member) {
        return SignInLocks.of(failureCounters.of(member.getMutual().getCode(), member.getNumber()),
                MutualPolicies.lockoutPolicy(member.getMutual().getSettings()), clock.instant());
    }

    /** A line of the member's trail, with the agent who acted and from where. */
    private void audited(AuditType type, RequestContext request, String number, String detail) {
        audit.recordStaff(type, scope.agent(), request, request.mutualCode(), number, detail);
    }

    static TrailLine lineOf(AuditEvent event) {
        return new TrailLine(event.getId(), event.getOccurredAt(), event.getType(), event.getAgent(),
                event.getMutualCode(), event.getMemberNumber(), event.getClientAddress(), event.getUserAgent(),
                event.getDetail());
    }

    private static MailTemplates.Sender senderOf(Mutual mutual) {
        return MutualSenders.of(mutual);
    }

    /** An address as the member file accepts it. */
    record EmailAddress(@NotBlank @Email @Size(max = 254) String value) {
    }
}
