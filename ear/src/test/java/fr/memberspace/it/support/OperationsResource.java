package fr.memberspace.it.support;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.mail.entity.OutboxMail;

/** Probes for the operations tests (client addresses, monitoring). */
@Path("operations")
@RequestScoped
@jakarta.transaction.Transactional
public class OperationsResource {

    @PersistenceContext
    EntityManager em;

    /** The audit events of a number, one per line: type and client address. */
    @GET
    @Path("audit-addresses")
    public String auditAddresses(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        return em.createNamedQuery(AuditEvent.OF_NUMBER, AuditEvent.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(event -> event.getType() + " " + event.getClientAddress())
                .collect(Collectors.joining("\n"));
    }

    /** How many outbox rows hold this text anywhere in their bodies or sealed code (plain SQL, as a dump reads them). */
    @GET
    @Path("outbox-rows-holding")
    public String outboxRowsHolding(@QueryParam("text") String text) {
        return String.valueOf(((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE text_body LIKE ?1"
                        + " OR html_body LIKE ?1 OR sealed_code LIKE ?1 OR subject LIKE ?1")
                .setParameter(1, "%" + text + "%")
                .getSingleResult()).longValue());
    }

    /** What the outbox rows of a number keep, as plain SQL reads it: text body, HTML body and sealed code. */
    @GET
    @Path("outbox-kept")
    public String outboxKept(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        List<?> rows = em.createNativeQuery("SELECT text_body, html_body, sealed_code FROM outbox_mail"
                        + " WHERE mutual_code = ?1 AND member_number = ?2 ORDER BY id")
                .setParameter(1, mutual)
                .setParameter(2, number)
                .getResultList();
        return rows.stream()
                .map(row -> java.util.Arrays.toString((Object[]) row))
                .collect(Collectors.joining("\n"));
    }

    /** What a member's row holds that a request must not change unasked: status, e-mail, hash, when it changed. */
    @GET
    @Path("member-state")
    public String memberState(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        return em.createNamedQuery(fr.memberspace.account.entity.Member.BY_NUMBER, fr.memberspace.account.entity.Member.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(m -> m.getStatus() + " " + m.getEmail() + " " + m.getPasswordHash() + " " + m.getPasswordChangedAt())
                .findFirst().orElse("none");
    }

    /** The member numbers the outbox holds mails for, in a mutual, one a line, sorted. */
    @GET
    @Path("outbox-numbers")
    public String outboxNumbers(@QueryParam("mutual") String mutual) {
        return em.createQuery("SELECT DISTINCT m.memberNumber FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " ORDER BY m.memberNumber", String.class)
                .setParameter("mutual", mutual)
                .getResultStream()
                .collect(Collectors.joining("\n"));
    }

    /**
     * Gives up every mail still waiting, so that a test of the outbox's health starts from a
     * flowing outbox: mails of earlier test classes (queued while no SMTP server listened,
     * some under a clock moved forward) would otherwise wait for good in the shared database.
     */
    @POST
    @Path("settle-outbox")
    public String settleOutbox() {
        return String.valueOf(em.createQuery("UPDATE OutboxMail m SET m.status = :failed WHERE m.status IN :waiting")
                .setParameter("failed", OutboxMail.Status.FAILED)
                .setParameter("waiting", OutboxMail.WAITING)
                .executeUpdate());
    }
}
