package fr.memberspace.memberimport.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.memberspace.memberimport.control.ImportFileProblem;
import fr.memberspace.memberimport.control.ImportJob;
import fr.memberspace.memberimport.control.ImportReason;
import fr.memberspace.memberimport.control.ImportReports;
import fr.memberspace.memberimport.control.MemberCsv;
import fr.memberspace.memberimport.entity.ImportRefusal;
import fr.memberspace.memberimport.entity.ImportRun;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.staff.control.StaffScope;
import fr.memberspace.support.control.AuditCsv;

/**
 * The door to member imports: starts the batch job {@code member-import} on a CSV file
 * already on the server, restarts a run that failed or whose server died, and reads the
 * runs' reports. The job itself runs without a caller and writes its own report (so a run
 * started from the management CLI has one too).
 * <p>
 * Callers: with a staff caller, <strong>starting or restarting takes an active platform
 * administrator</strong> and reading a run takes reach of its mutual ({@link StaffScope}), as
 * for the other back-office doors; without a caller (the folder watcher, a timer) nothing is
 * checked; any other caller (a signed-in member) gets {@link OutOfScope}.
 */
@Stateless
public class MemberImports {

    /** Refusals read from the database at a time while writing the CSV. */
    static final int REFUSALS_CHUNK = 1000;

    /** The most runs {@link #recent} lists. */
    static final int RECENT_MAX = 100;

    /** The principal's name of a call with no caller, on WildFly (Elytron). */
    private static final String ANONYMOUS = "anonymous";

    @Resource
    SessionContext context;

    @Inject
    StaffScope scope;

    @PersistenceContext
    EntityManager em;

    @Inject
    ImportReports reports;

    /**
     * Starts the import job of a CSV file already on the server's disk; returns the run id
     * (= the job's instance id). agent: staff e-mail, or null (folder/CLI); with a staff
     * caller, the caller's own e-mail is recorded whatever is passed.
     *
     * @throws ImportRefused when the mutual does not exist or the file cannot be read or has
     *                       no usable header (nothing is started)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String mutualCode, Path file, boolean invite, String agent) {
        var staff = caller(true, mutualCode);
        if (mutualCode == null || em.createQuery("SELECT COUNT(m) FROM Mutual m WHERE m.code = :code", Long.class)
                .setParameter("code", mutualCode).getSingleResult() == 0) {
            throw new ImportRefused(ImportReason.MUTUAL_UNKNOWN);
        }
        if (file == null) {
            throw new ImportRefused(ImportReason.FILE_UNREADABLE);
        }
        try (var header = MemberCsv.open(file)) {
            // the header is what can be checked before starting; rows are the job's
        } catch (ImportFileProblem problem) {
            throw new ImportRefused(problem.reason());
        }
        var who = staff.orElse(agent);
        var absolute = file.toAbsolutePath().toString();
        var operator = BatchRuntime.getJobOperator();
        long execution = operator.start(ImportJob.NAME, ImportJob.parameters(mutualCode, absolute, invite, who));
        long runId = operator.getJobInstance(execution).getInstanceId();
        ImportReports.twice(() -> {
            reports.open(runId, execution, mutualCode, String.valueOf(file.getFileName()), invite, who);
            return null;
        });
        return runId;
    }

    /**
     * Restarts a run from its last committed chunk: one that failed or was stopped, or one
     * whose server died while it ran (its execution still says STARTED: JBeret's restart
     * mode {@code detect} marks it FAILED first, unless it is still running in this server).
     *
     * @throws ImportRefused when the run is running or has completed
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long restart(long runId) {
        var run = Optional.ofNullable(em.find(ImportRun.class, runId))
                .filter(found -> found.getExecutionId() != null)
                .orElseThrow(() -> new ImportRefused(ImportReason.RUN_NOT_RESTARTABLE));
        caller(true, run.getMutualCode());
        var operator = BatchRuntime.getJobOperator();
        var latest = latestExecution(operator, run.getExecutionId());
        var parameters = new Properties();
        if (latest.getBatchStatus() == BatchStatus.STARTED || latest.getBatchStatus() == BatchStatus.STARTING) {
            parameters.setProperty("jberet.restart.mode", "detect");
        } else if (latest.getBatchStatus() != BatchStatus.FAILED && latest.getBatchStatus() != BatchStatus.STOPPED) {
            throw new ImportRefused(ImportReason.RUN_NOT_RESTARTABLE);
        }
        long execution;
        try {
            execution = operator.restart(latest.getExecutionId(), parameters);
        } catch (JobRestartException stillRunning) {
            throw new ImportRefused(ImportReason.RUN_NOT_RESTARTABLE);
        }
        ImportReports.twice(() -> {
            reports.open(runId, execution, run.getMutualCode(), run.getFileName(), run.isInvite(), run.getAgent());
            return null;
        });
        return runId;
    }

    /** Where a run stands, if there is such a run. */
    public Optional<ImportProgress> progress(long runId) {
        var run = em.find(ImportRun.class, runId);
        if (run == null) {
            return Optional.empty();
        }
        caller(false, run.getMutualCode());
        return Optional.of(progressOf(run));
    }

    /**
     * Why a run could not read its file (a run started from the CLI or the folder is not
     * checked before it starts: it fails then), in French or English; empty for a run that
     * read its file, or that does not exist.
     */
    public Optional<String> problem(long runId, Locale locale) {
        var run = em.find(ImportRun.class, runId);
        if (run == null) {
            return Optional.empty();
        }
        caller(false, run.getMutualCode());
        return Optional.ofNullable(run.getProblem()).flatMap(ImportReason::ofKey).map(reason -> reason.text(locale));
    }

    /** The mutual's latest runs, newest first ({@value #RECENT_MAX} at most). */
    public List<ImportProgress> recent(String mutualCode, int max) {
        caller(false, mutualCode);
        return em.createNamedQuery(ImportRun.RECENT, ImportRun.class)
                .setParameter("mutual", mutualCode)
                .setMaxResults(Math.max(1, Math.min(max, RECENT_MAX)))
                .getResultStream().map(MemberImports::progressOf).toList();
    }

    /**
     * The refused rows of a run (and those imported with a remark: no valid address, a
     * password hash left out) as CSV: {@code line;number;reason_fr;reason_en}, UTF-8 with a
     * byte order mark so that a spreadsheet reads the accents, the number made inert for
     * spreadsheets as in the audit export (it is text from the mutual's file). Nothing is
     * written for a run that does not exist.
     */
    public void writeRefusedRows(long runId, Writer out) {
        var run = em.find(ImportRun.class, runId);
        if (run == null) {
            return;
        }
        caller(false, run.getMutualCode());
        try {
            out.write('\uFEFF');
            var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';')
                    .setHeader("line", "number", "reason_fr", "reason_en").get());
            for (int first = 0; ; first += REFUSALS_CHUNK) {
                var page = em.createNamedQuery(ImportRefusal.OF_RUN, ImportRefusal.class)
                        .setParameter("run", runId).setFirstResult(first).setMaxResults(REFUSALS_CHUNK).getResultList();
                for (var refusal : page) {
                    var reason = ImportReason.ofKey(refusal.getReason());
                    csv.printRecord(refusal.getLine(), AuditCsv.cell(refusal.getNumber()),
                            reason.map(r -> r.text(Locale.FRENCH)).orElse(refusal.getReason()),
                            reason.map(r -> r.text(Locale.ENGLISH)).orElse(refusal.getReason()));
                }
                csv.flush();
                if (page.size() < REFUSALS_CHUNK) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the caller: a staff member must reach the mutual (and be an administrator to
     * start or restart), no caller passes, anyone else is refused.
     *
     * @return the staff caller's e-mail, if the caller is staff
     */
    private Optional<String> caller(boolean starts, String mutualCode) {
        var name = context.getCallerPrincipal().getName();
        if (name.startsWith(StaffRoles.CALLER_PREFIX)) {
            if (starts) {
                scope.requireAdmin();
            }
            scope.requireReach(mutualCode);
            return Optional.of(scope.agent());
        }
        if (!ANONYMOUS.equals(name)) {
            throw new OutOfScope(mutualCode);
        }
        return Optional.empty();
    }

    private static JobExecution latestExecution(JobOperator operator, long anyExecutionId) {
        var instance = operator.getJobInstance(anyExecutionId);
        return operator.getJobExecutions(instance).stream()
                .max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
    }

    private static ImportProgress progressOf(ImportRun run) {
        return new ImportProgress(run.getId(), run.getMutualCode(), run.getFileName(), run.getState(),
                run.getRowsRead(), run.getCreated(), run.getUpdated(), run.getUnchanged(), run.getRefused(),
                run.getTotalRows(), run.isInvite(), run.getStartedAt(), run.getEndedAt());
    }
}
