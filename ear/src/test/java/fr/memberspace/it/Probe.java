package fr.memberspace.it;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;
import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.secret.control.ServerSecret;

/** Test-only bean deployed with in-container tests: reads and tunes what the boundaries keep. */
@Stateless
public class Probe {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerSecret secret;

    public List<AuditType> auditTypes(String mutual, String number) {
        return em.createNamedQuery(AuditEvent.OF_NUMBER, AuditEvent.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(AuditEvent::getType)
                .toList();
    }

    /** Every audit detail, user agent and address of a number, to check no secret is in them. */
    public List<String> auditTexts(String mutual, String number) {
        return em.createNamedQuery(AuditEvent.OF_NUMBER, AuditEvent.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(e -> e.getType() + " " + e.getDetail() + " " + e.getClientAddress() + " " + e.getUserAgent())
                .toList();
    }

    /**
     * Text bodies of the outbox mails of a number, oldest first, a code mail's with its code
     * put in (opened with the server secret, as the sender does; empty once erased).
     */
    public List<String> mailTexts(String mutual, String number, String kind) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number AND m.kind = :kind ORDER BY m.id", OutboxMail.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .setParameter("kind", kind)
                .getResultStream()
                .map(this::text)
                .toList();
    }

    private String text(OutboxMail mail) {
        if (mail.holdsCode()) {
            var code = secret.open(Outbox.CODE_KEY, mail.getSealedCode(), mail.codeContext()).orElseThrow();
            return MailTemplates.withCode(mail.toOutgoingMail(), code).text();
        }
        return mail.getCodeExpiresAt() != null ? "" : mail.toOutgoingMail().text();
    }

    public long mails(String mutual, String number) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number", Long.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getSingleResult();
    }

    public List<OutboxMail.Status> mailStatuses(String mutual, String number) {
        return em.createQuery("SELECT m.status FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number ORDER BY m.id", OutboxMail.Status.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultList();
    }

    public String passwordHash(String mutual, String number) {
        return member(mutual, number).getPasswordHash();
    }

    public Member member(String mutual, String number) {
        return em.createNamedQuery(Member.BY_NUMBER, Member.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getSingleResult();
    }

    public void codeLength(String mutual, int length) {
        mutual(mutual).getSettings().setCodeLength(length);
    }

    public void codePolicy(String mutual, CodePolicy policy) {
        mutual(mutual).getSettings().setCodePolicy(policy);
    }

    public List<String> codeHashes(String mutual, String number) {
        return em.createQuery("SELECT c.codeHash FROM ActivationCode c WHERE c.mutualCode = :mutual"
                        + " AND c.memberNumber = :number", String.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultList();
    }

    private Mutual mutual(String code) {
        return em.createNamedQuery(Mutual.BY_CODE, Mutual.class).setParameter("code", code).getSingleResult();
    }
}
