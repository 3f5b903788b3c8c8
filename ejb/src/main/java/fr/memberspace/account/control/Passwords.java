package fr.memberspace.account.control;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;
import fr.memberspace.account.entity.PasswordHistoryEntry;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mutual.control.MutualPolicies;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.mutual.control.MutualSenders;
import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.password.policy.PasswordPolicy;
import fr.memberspace.password.rule.MemberData;
import fr.memberspace.password.rule.PasswordAttempt;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.password.rule.Violation;
import fr.memberspace.request.RequestContext;

/**
 * A member's new password, whoever asks for it (the member space with the current
 * password, the reset wizard with a verified code): the mutual's policy against it, then
 * the hash, the history, the audit and the notice by e-mail.
 */
@ApplicationScoped
public class Passwords {

    /** Notices after a password change. */
    public static final String PASSWORD_CHANGED_MAIL = "PASSWORD_CHANGED";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashes hashes;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The rules of the mutual's password policy, in order. */
    public List<Requirement> rules(Mutual mutual) {
        return policyOf(mutual).requirements();
    }

    /** Every rule of the member's mutual the new password breaks; empty if none. */
    public List<Violation> violations(Member member, String password, String confirmation) {
        var policy = policyOf(member.getMutual());
        int kept = Math.max(1, policy.settings().historySize());
        // the current password (even one set by the mutual, or imported) counts as a recent one
        var history = new LinkedHashSet<String>();
        if (member.getPasswordHash() != null) {
            history.add(member.getPasswordHash());
        }
        history.addAll(em.createNamedQuery(PasswordHistoryEntry.RECENT, String.class)
                .setParameter("member", member)
                .setMaxResults(kept)
                .getResultList());
        var data = new MemberData(member.getNumber(), member.getFirstName(), member.getLastName(), member.getEmail());
        return policy.check(new PasswordAttempt(password, confirmation, data, history.stream().limit(kept).toList()));
    }

    /** Sets an accepted password: hash, history, audit, and the notice to the member. */
    public void set(RequestContext request, Member member, String password) {
        // to the microsecond the database keeps: the session that made the change compares
        // its start with the stored instant, and must find them equal, not rounded apart
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var hash = hashes.hash(password);
        member.changePassword(hash, now);
        em.persist(new PasswordHistoryEntry(member, hash, now));
        audit.record(AuditType.PASSWORD_CHANGED, request, member.getNumber(), null);
        var mutual = member.getMutual();
        outbox.queue(mutual.getCode(), member.getNumber(), PASSWORD_CHANGED_MAIL,
                MailTemplates.passwordChanged(MutualSenders.of(mutual),
                        member.getEmail(), member.getNumber(), now, request.locale()));
    }

    private PasswordPolicy policyOf(Mutual mutual) {
        return new PasswordPolicy(MutualPolicies.passwordSettings(mutual.getSettings()), hashes::matches);
    }
}
