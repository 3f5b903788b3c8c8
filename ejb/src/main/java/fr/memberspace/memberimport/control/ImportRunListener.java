package fr.memberspace.memberimport.control;

import java.nio.file.Path;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps the run's report row whoever started the job (the back-office, the folder, the
 * management CLI): creates it if needed and counts the file's rows before the first chunk,
 * records the batch status (and why a file could not be read) at the end of each execution.
 */
@Named("memberImportListener")
@Dependent
public class ImportRunListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    ImportReports reports;

    @Override
    public void beforeJob() {
        var file = ImportJob.property(job, ImportJob.FILE);
        var mutual = ImportJob.property(job, ImportJob.MUTUAL);
        var fileName = file == null ? "?" : String.valueOf(Path.of(file).getFileName());
        ImportReports.twice(() -> {
            reports.open(job.getInstanceId(), job.getExecutionId(), mutual == null ? "?" : mutual, fileName,
                    Boolean.parseBoolean(ImportJob.property(job, ImportJob.INVITE)),
                    ImportJob.property(job, ImportJob.AGENT));
            return null;
        });
        Long total;
        try {
            total = file == null ? null : MemberCsv.countRows(Path.of(file));
        } catch (ImportFileProblem unreadable) {
            total = null; // the reader says why, and the step fails
        }
        reports.started(job.getInstanceId(), job.getExecutionId(), total);
    }

    @Override
    public void afterJob() {
        var status = job.getBatchStatus();
        var ended = status == BatchStatus.STARTED || status == BatchStatus.STARTING ? BatchStatus.COMPLETED : status;
        var problem = job.getTransientUserData() instanceof ImportReason reason ? reason : null;
        reports.ended(job.getInstanceId(), problem != null && ended == BatchStatus.COMPLETED ? "FAILED" : ended.name(),
                problem);
    }
}
