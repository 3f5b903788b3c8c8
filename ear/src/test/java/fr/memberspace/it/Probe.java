package fr.memberspace.it;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;
import fr.memberspace.activation.entity.ActivationCode;
import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.challenge.control.Pictures;
import fr.memberspace.challenge.control.SignedChallenges;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.mutual.control.MutualPolicies;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.secret.control.ServerSecret;

/** Test-only bean deployed with in-container tests: reads and tunes what the boundaries keep. */
@Stateless
public class Probe {

    @PersistenceContext
    EntityManager em;

    @Inject
    ServerSecret secret;

    /** The others' sign-in counter of a number: consecutive failures, wrong passwords of the day, tries pending; zeros if none. */
    public List<Integer> othersSignInCounter(String mutual, String number) {
        var rows = em.createNativeQuery("SELECT consecutive, day_failures, pending FROM client_sign_in_failures"
                        + " WHERE mutual_code = ?1 AND member_number = ?2 AND client = 'others'")
                .setParameter(1, mutual)
                .setParameter(2, number)
                .getResultList();
        return rows.isEmpty() ? List.of(0, 0, 0)
                : java.util.Arrays.stream((Object[]) rows.get(0)).map(v -> ((Number) v).intValue()).toList();
    }

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
            return MailTemplates.withCode(Outbox.outgoing(mail), code).text();
        }
        return mail.getCodeExpiresAt() != null ? "" : mail.getTextBody();
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
        var settings = mutual(mutual).getSettings();
        MutualPolicies.setCodePolicy(settings, MutualPolicies.codePolicy(settings).withLength(length));
    }

    public void codePolicy(String mutual, CodePolicy policy) {
        MutualPolicies.setCodePolicy(mutual(mutual).getSettings(), policy);
    }

    public List<String> codeHashes(String mutual, String number) {
        return em.createQuery("SELECT c.codeHash FROM ActivationCode c WHERE c.mutualCode = :mutual"
                        + " AND c.memberNumber = :number", String.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultList();
    }

    /** The statuses of the codes of a number, oldest first. */
    public List<ActivationCode.Status> codeStatuses(String mutual, String number) {
        return em.createQuery("SELECT c.status FROM ActivationCode c WHERE c.mutualCode = :mutual"
                        + " AND c.memberNumber = :number ORDER BY c.createdAt, c.id", ActivationCode.Status.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultList();
    }

    /** The right answer of a challenge, which only the server knows. */
    public String challengeAnswer(String id) {
        return SignedChallenges.with(secret.keys(), Pictures.standard(), new java.security.SecureRandom())
                .rightAnswer(id).orElseThrow();
    }

    /** When the mutual was registered, read from the database (not from a cache). */
    public java.time.Instant createdAt(String mutual) {
        return em.createQuery("SELECT m.createdAt FROM Mutual m WHERE m.code = :code", java.time.Instant.class)
                .setParameter("code", mutual)
                .getSingleResult();
    }

    /** The same, as the database writes it in text. */
    public String createdAtAsText(String mutual) {
        return em.createNativeQuery("SELECT CAST(created_at AS VARCHAR(64)) FROM mutual WHERE code = ?1")
                .setParameter(1, mutual)
                .getSingleResult().toString().strip();
    }

    /** The SQL type of a column of the product's schema, upper case. */
    public String columnType(String table, String column) {
        return em.createNativeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE LOWER(TABLE_NAME) = ?1 AND LOWER(COLUMN_NAME) = ?2")
                .setParameter(1, table)
                .setParameter(2, column)
                .getSingleResult().toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** "table.column" of every column of the public schema with this SQL type, lower case. */
    @SuppressWarnings("unchecked")
    public List<String> columnsOfType(String type) {
        List<Object[]> rows = em.createNativeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE UPPER(DATA_TYPE) = ?1 AND LOWER(TABLE_SCHEMA) = 'public'")
                .setParameter(1, type)
                .getResultList();
        return rows.stream()
                .map(row -> (row[0] + "." + row[1]).toLowerCase(java.util.Locale.ROOT))
                .sorted()
                .toList();
    }

    private Mutual mutual(String code) {
        return em.createNamedQuery(Mutual.BY_CODE, Mutual.class).setParameter("code", code).getSingleResult();
    }
}
