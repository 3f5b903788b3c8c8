package fr.memberspace.retention.boundary;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.memberimport.control.UploadedImports;
import fr.memberspace.retention.control.RetentionPeriods;
import fr.memberspace.throttle.control.FailureCounters;

/**
 * Deletes what has outlived its retention period, every hour, on every node: each step is
 * one {@code DELETE … WHERE} older than a cutoff, so two nodes running it at once delete each
 * row once (the second finds it gone) and nobody has to elect a leader. Each step commits on
 * its own, so one failing does not keep the others from running.
 *
 * <p>Per-address attempts and challenges are forgotten by their own features' timers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    FailureCounters failureCounters;

    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onSchedule() {
        var self = context.getBusinessObject(Retention.class);
        for (var step : List.<Runnable>of(self::purgeAuditEvents, self::purgeFinishedMails,
                self::purgePasswordHistory, self::purgeRestingFailureCounters, self::purgeUploadedImports)) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Retention: a purge failed, next try in an hour", e);
            }
        }
    }

    /** Audit events older than the audit period. */
    public int purgeAuditEvents() {
        int deleted = em.createQuery("DELETE FROM AuditEvent e WHERE e.occurredAt < :cutoff")
                .setParameter("cutoff", periods().auditCutoff(clock.instant()))
                .executeUpdate();
        LOG.fine(() -> deleted + " audit events past retention deleted");
        return deleted;
    }

    /** Mails sent, given up or expired, older than the mail period (code mails hold no code by then). */
    public int purgeFinishedMails() {
        return em.createQuery("DELETE FROM OutboxMail m WHERE m.createdAt < :cutoff AND m.status IN :finished")
                .setParameter("cutoff", periods().mailCutoff(clock.instant()))
                .setParameter("finished", List.of(OutboxMail.Status.SENT, OutboxMail.Status.FAILED,
                        OutboxMail.Status.EXPIRED))
                .executeUpdate();
    }

    /**
     * Old password hashes beyond what the mutual's policy compares with: a member keeps the
     * {@code password_history} most recent ones of the mutual (at least one), no more.
     */
    public int purgePasswordHistory() {
        return em.createNativeQuery("DELETE FROM password_history WHERE id IN (SELECT h.id FROM password_history h"
                        + " JOIN member m ON m.id = h.member_id JOIN mutual u ON u.id = m.mutual_id"
                        + " WHERE (SELECT COUNT(*) FROM password_history n WHERE n.member_id = h.member_id"
                        + " AND (n.created_at > h.created_at OR (n.created_at = h.created_at AND n.id > h.id)))"
                        + " >= GREATEST(u.password_history, 1))")
                .executeUpdate();
    }

    /**
     * Sign-in failure counters at rest: a counter is kept per number typed and client (so a
     * stranger's failures never lock the member's own device) and one is made by every first
     * sign-in from a device; once it holds no failure, no lock and no running day of the
     * others' budget, it says what a missing counter says, and goes.
     */
    public int purgeRestingFailureCounters() {
        return failureCounters.forgetResting(clock.instant());
    }

    /**
     * Member files uploaded in the back-office, once {@link UploadedImports#KEPT} old: they hold
     * a mutual's member base, and a run that failed is restarted within days if at all. Files on
     * this node's disk: each node deletes its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeUploadedImports() {
        return UploadedImports.onThisServer().deleteOlderThan(clock.instant().minus(UploadedImports.KEPT));
    }

    private static RetentionPeriods periods() {
        return RetentionPeriods.from(System::getProperty);
    }
}
