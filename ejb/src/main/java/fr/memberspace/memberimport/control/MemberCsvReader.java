package fr.memberspace.memberimport.control;

import java.io.Serializable;
import java.nio.file.Path;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.mutual.entity.Mutual;

/**
 * Reads the import file row by row. The checkpoint is the line of the last row read: a
 * restart opens the file again and passes the rows up to it through the same
 * {@link RowCheck} (without importing them again), so that a number given before the
 * checkpoint is still a duplicate after it. The check is shared with the processor through
 * the step's transient data.
 */
@Named("memberCsvReader")
@Dependent
public class MemberCsvReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceContext
    EntityManager em;

    private MemberCsv csv;
    private long line;

    @Override
    public void open(Serializable checkpoint) {
        var mutualCode = ImportJob.property(job, ImportJob.MUTUAL);
        var file = ImportJob.property(job, ImportJob.FILE);
        try {
            var mutual = em.createQuery("SELECT m FROM Mutual m WHERE m.code = :code", Mutual.class)
                    .setParameter("code", mutualCode).getResultStream().findFirst()
                    .orElseThrow(() -> new ImportFileProblem(ImportReason.MUTUAL_UNKNOWN, null));
            if (file == null) {
                throw new ImportFileProblem(ImportReason.FILE_UNREADABLE, null);
            }
            var check = new RowCheck(MemberNumberFormat.of(mutual.getSettings().getNumberFormat()));
            csv = MemberCsv.open(Path.of(file));
            long done = checkpoint == null ? 0 : (Long) checkpoint;
            while (line < done) {
                var row = csv.next();
                if (row.isEmpty()) {
                    break;
                }
                line = row.get().line();
                check.check(row.get());
            }
            step.setTransientUserData(check);
        } catch (ImportFileProblem problem) {
            job.setTransientUserData(problem.reason());
            throw problem;
        }
    }

    @Override
    public Object readItem() {
        try {
            var row = csv.next();
            row.ifPresent(r -> line = r.line());
            return row.orElse(null);
        } catch (ImportFileProblem problem) {
            job.setTransientUserData(problem.reason());
            throw problem;
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return line;
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
        }
    }
}
