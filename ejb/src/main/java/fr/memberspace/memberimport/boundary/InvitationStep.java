package fr.memberspace.memberimport.boundary;

import java.util.logging.Logger;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The step of the job {@code member-import} that follows the import when the run was started
 * with {@code invite=true}: it queues the first-connection invitations of the members the run
 * created ({@link ImportInvitations}), {@value #SLICE} per transaction. Restarted, it starts
 * over and skips what it already queued; stopped, it ends after the slice in hand.
 */
@Named("memberImportInvitations")
@Dependent
public class InvitationStep extends AbstractBatchlet {

    static final int SLICE = 500;
    private static final Logger LOG = Logger.getLogger(InvitationStep.class.getName());

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String mutual;

    @Inject
    @BatchProperty
    String invite;

    @EJB
    ImportInvitations invitations;

    private volatile boolean stopping;

    @Override
    public String process() {
        if (!Boolean.parseBoolean(invite)) {
            return "NOT_ASKED";
        }
        long run = job.getInstanceId();
        long after = 0;
        long queued = 0;
        while (!stopping) {
            var slice = invitations.queueNext(mutual, run, after, SLICE);
            if (slice.queued() == 0) {
                break;
            }
            queued += slice.queued();
            after = slice.lastMemberId();
        }
        LOG.info("Member import " + run + " (" + mutual + "): " + queued + " invitations queued"
                + (stopping ? " before a stop" : ""));
        return stopping ? "STOPPED" : "INVITED";
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
