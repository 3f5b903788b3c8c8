package fr.memberspace.memberimport.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A row of an imported file that was refused, or imported with a remark (no valid address,
 * a password hash that could not be kept): the line, the number as written and the reason
 * (a key of the reasons bundle, said in French and English in the report).
 */
@Entity
@Table(name = "import_refusal")
@NamedQuery(name = ImportRefusal.OF_RUN,
        query = "SELECT r FROM ImportRefusal r WHERE r.runId = :run ORDER BY r.line, r.id")
public class ImportRefusal {

    public static final String OF_RUN = "ImportRefusal.ofRun";

    @Id
    @SequenceGenerator(name = "import_refusal_seq", sequenceName = "import_refusal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_refusal_seq")
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(nullable = false, updatable = false)
    private long line;

    @Column(length = 64, updatable = false)
    private String number;

    @Column(nullable = false, length = 60, updatable = false)
    private String reason;

    protected ImportRefusal() {
    }

    public ImportRefusal(long runId, long line, String number, String reason) {
        this.runId = runId;
        this.line = line;
        this.number = number == null || number.length() <= 64 ? number : number.substring(0, 64);
        this.reason = reason;
    }

    public long getLine() {
        return line;
    }

    public String getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }
}
