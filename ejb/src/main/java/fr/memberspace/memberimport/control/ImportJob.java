package fr.memberspace.memberimport.control;

import java.util.Properties;

import jakarta.batch.runtime.context.JobContext;

/**
 * The batch job {@value #NAME} ({@code META-INF/batch-jobs/member-import.xml}) and its
 * parameters, the same whoever starts it: the back-office, the folder watcher, or the
 * WildFly management CLI ({@code start-job}).
 */
public final class ImportJob {

    public static final String NAME = "member-import";

    /** The mutual's code. */
    public static final String MUTUAL = "mutual";
    /** The CSV file's absolute path on the server. */
    public static final String FILE = "file";
    /** {@code true} to invite the new members with an address after the import. */
    public static final String INVITE = "invite";
    /** The staff member who started it (e-mail), absent for the folder and the CLI. */
    public static final String AGENT = "agent";
    /** Rows per chunk (one transaction, one checkpoint), default 500 (the job XML's). */
    public static final String CHUNK = "chunk";

    /** A progress line in the server log every so many chunks. */
    static final int LOG_EVERY_CHUNKS = 20;

    private ImportJob() {
    }

    /** The job's properties (its parameters, resolved in the job XML). */
    public static String property(JobContext job, String name) {
        var value = job.getProperties().getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The parameters of a run. */
    public static Properties parameters(String mutualCode, String file, boolean invite, String agent) {
        var parameters = new Properties();
        parameters.setProperty(MUTUAL, mutualCode);
        parameters.setProperty(FILE, file);
        parameters.setProperty(INVITE, Boolean.toString(invite));
        if (agent != null) {
            parameters.setProperty(AGENT, agent);
        }
        return parameters;
    }
}
