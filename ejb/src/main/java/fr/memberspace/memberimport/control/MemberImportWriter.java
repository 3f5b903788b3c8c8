package fr.memberspace.memberimport.control;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.memberimport.entity.ImportRefusal;
import fr.memberspace.memberimport.entity.ImportRun;
import fr.memberspace.mutual.entity.Mutual;

/**
 * Writes one chunk of checked rows, in the chunk's transaction (with the reader's
 * checkpoint): creates the new members, updates names and address of known ones when they
 * differ, keeps a password hash only for a member who has no password yet (never one the
 * member chose on the platform), records refusals and remarks, and adds the chunk's counts
 * to the run's report. A member of another mutual is never read: members are looked up by
 * number <em>within</em> the run's mutual, one query per chunk.
 * <p>
 * Audit: one line per member created or changed, on that member's trail (the support desk
 * sees where an account came from); nothing for an unchanged row, so importing the same file
 * again writes nothing but the run's start and end lines.
 */
@Named("memberImportWriter")
@Dependent
public class MemberImportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(MemberImportWriter.class.getName());

    @Inject
    JobContext job;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private long chunks;

    @Override
    public void writeItems(List<Object> items) {
        long runId = job.getInstanceId();
        var mutualCode = ImportJob.property(job, ImportJob.MUTUAL);
        var mutual = em.createQuery("SELECT m FROM Mutual m WHERE m.code = :code", Mutual.class)
                .setParameter("code", mutualCode).getSingleResult();
        var numbers = items.stream().map(ImportRow.class::cast).filter(row -> !row.isRefused())
                .map(ImportRow::number).toList();
        var known = new HashMap<String, Member>();
        if (!numbers.isEmpty()) {
            em.createQuery("SELECT m FROM Member m WHERE m.mutual = :mutual AND m.number IN :numbers", Member.class)
                    .setParameter("mutual", mutual).setParameter("numbers", numbers)
                    .getResultStream().forEach(member -> known.put(member.getNumber(), member));
        }
        var now = clock.instant();
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long refused = 0;
        for (var item : items) {
            var row = (ImportRow) item;
            if (row.isRefused()) {
                em.persist(new ImportRefusal(runId, row.line(), row.writtenNumber(), row.refusal().key()));
                refused++;
                continue;
            }
            for (var remark : row.remarks()) {
                em.persist(new ImportRefusal(runId, row.line(), row.writtenNumber(), remark.key()));
            }
            var member = known.get(row.number());
            if (member == null) {
                member = Member.imported(mutual, row.number(), row.firstName(), row.lastName(), row.email(), runId, now);
                keepHash(member, row, now);
                em.persist(member);
                audit.record(AuditType.MEMBER_IMPORTED, mutualCode, row.number(), "run " + runId);
                created++;
                continue;
            }
            boolean renamed = member.identifyAs(row.firstName(), row.lastName(), row.email());
            boolean hashKept = keepHash(member, row, now);
            if (renamed || hashKept) {
                audit.record(AuditType.MEMBER_IMPORT_UPDATED, mutualCode, row.number(), "run " + runId
                        + (renamed ? ", names or address" : "") + (hashKept ? ", password hash" : ""));
                updated++;
            } else {
                unchanged++;
            }
        }
        var run = em.find(ImportRun.class, runId);
        run.add(items.size(), created, updated, unchanged, refused);
        if (++chunks % ImportJob.LOG_EVERY_CHUNKS == 0) {
            LOG.info(() -> "Member import run " + runId + " (" + mutualCode + "): " + run.getRowsRead() + " of "
                    + (run.getTotalRows() == null ? "?" : run.getTotalRows()) + " rows, " + run.getCreated()
                    + " created, " + run.getUpdated() + " updated, " + run.getUnchanged() + " unchanged, "
                    + run.getRefused() + " refused");
        }
    }

    /** The row's hash, for a member who has no password yet (a password chosen on the platform is never touched). */
    private static boolean keepHash(Member member, ImportRow row, java.time.Instant now) {
        if (row.hash() == null || member.getPasswordHash() != null) {
            return false;
        }
        if (row.mustRenew()) {
            member.requireRenewal(row.hash(), now);
        } else {
            member.changePassword(row.hash(), now);
        }
        return true;
    }
}
