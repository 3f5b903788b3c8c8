package fr.memberspace.memberimport.control;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.memberimport.entity.ImportRun;

/**
 * The report row of a run, opened and closed each in a transaction of its own: by the door
 * that starts a run and by the job's listener, whichever comes first (a run started from the
 * management CLI has only the listener). Both may try to create the row at the same moment;
 * the loser's insert fails and {@link #twice} tries again, finding the row.
 */
@ApplicationScoped
public class ImportReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The run's row, created when missing; audited once, when created. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void open(long runId, long executionId, String mutualCode, String fileName, boolean invite, String agent) {
        var run = em.find(ImportRun.class, runId);
        if (run == null) {
            run = new ImportRun(runId, mutualCode, fileName, invite, agent, clock.instant());
            em.persist(run);
            em.flush();
            audit.recordStaff(AuditType.MEMBER_IMPORT_STARTED, agent, null, mutualCode, null,
                    "run " + runId + ", " + run.getFileName());
        }
        if (run.getExecutionId() == null || run.getExecutionId() < executionId) {
            run.started(executionId, run.getState(), null);
        }
    }

    /** An execution of the run begins. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long runId, long executionId, Long totalRows) {
        em.find(ImportRun.class, runId).started(executionId, "STARTED", totalRows);
    }

    /** An execution of the run ended; audited with the counts so far. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(long runId, String batchStatus, ImportReason problem) {
        var run = em.find(ImportRun.class, runId);
        run.ended(batchStatus, problem == null ? null : problem.key(), clock.instant());
        audit.recordStaff(AuditType.MEMBER_IMPORT_ENDED, run.getAgent(), null, run.getMutualCode(), null,
                "run " + runId + ", " + batchStatus + (problem == null ? "" : " (" + problem.key() + ")") + ": "
                        + run.getCreated() + " created, " + run.getUpdated() + " updated, " + run.getUnchanged()
                        + " unchanged, " + run.getRefused() + " refused");
    }

    /** Runs {@code step} again once if it failed (the other side created the row meanwhile). */
    public static <T> T twice(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException raced) {
            return step.get();
        }
    }
}
