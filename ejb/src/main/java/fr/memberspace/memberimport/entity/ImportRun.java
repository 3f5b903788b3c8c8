package fr.memberspace.memberimport.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The report of one member import run: its id is the batch job instance's, so a restart
 * (a new execution of the same instance) goes on with the same report. The counts grow in
 * the transaction of each chunk, so they always say what is committed.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(name = ImportRun.RECENT,
        query = "SELECT r FROM ImportRun r WHERE r.mutualCode = :mutual ORDER BY r.startedAt DESC, r.id DESC")
public class ImportRun {

    public static final String RECENT = "ImportRun.recent";

    @Id
    private Long id;

    @Column(name = "mutual_code", nullable = false, length = 32, updatable = false)
    private String mutualCode;

    @Column(name = "file_name", nullable = false, length = 255, updatable = false)
    private String fileName;

    @Column(nullable = false, length = 20)
    private String state;

    @Column(nullable = false, updatable = false)
    private boolean invite;

    @Column(length = 254, updatable = false)
    private String agent;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(nullable = false)
    private long created;

    @Column(nullable = false)
    private long updated;

    @Column(nullable = false)
    private long unchanged;

    @Column(nullable = false)
    private long refused;

    @Column(name = "total_rows")
    private Long totalRows;

    /** Why the run could not read its file (a key of the reasons bundle), if so. */
    @Column(length = 80)
    private String problem;

    /** The latest execution of the run's job instance (restart goes on from it). */
    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ImportRun() {
    }

    public ImportRun(long id, String mutualCode, String fileName, boolean invite, String agent, Instant startedAt) {
        this.id = id;
        this.mutualCode = mutualCode;
        this.fileName = fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        this.invite = invite;
        this.agent = agent;
        this.state = "STARTING";
        this.startedAt = startedAt;
    }

    /** An execution of the run begins (the first one, or a restart). */
    public void started(long execution, String batchStatus, Long totalRows) {
        this.executionId = execution;
        this.state = batchStatus;
        this.endedAt = null;
        this.problem = null;
        if (totalRows != null) {
            this.totalRows = totalRows;
        }
    }

    /** An execution ended with this batch status (COMPLETED, FAILED, STOPPED). */
    public void ended(String batchStatus, String problem, Instant at) {
        this.state = batchStatus;
        this.problem = problem;
        this.endedAt = at;
    }

    /** What one committed chunk did. */
    public void add(long read, long createdNow, long updatedNow, long unchangedNow, long refusedNow) {
        rowsRead += read;
        created += createdNow;
        updated += updatedNow;
        unchanged += unchangedNow;
        refused += refusedNow;
    }

    public Long getId() {
        return id;
    }

    public String getMutualCode() {
        return mutualCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getState() {
        return state;
    }

    public boolean isInvite() {
        return invite;
    }

    public String getAgent() {
        return agent;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getCreated() {
        return created;
    }

    public long getUpdated() {
        return updated;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getRefused() {
        return refused;
    }

    public Long getTotalRows() {
        return totalRows;
    }

    public String getProblem() {
        return problem;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
