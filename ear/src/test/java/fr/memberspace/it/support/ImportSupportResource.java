package fr.memberspace.it.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;

import fr.memberspace.memberimport.boundary.ImportInvitations;
import fr.memberspace.memberimport.boundary.MemberImports;
import fr.memberspace.mutual.entity.Mutual;

/** Set-up and probes of member imports for client tests (no caller: as IT's folder or CLI starts a run). */
@jakarta.ws.rs.Path("imports")
@RequestScoped
@jakarta.transaction.Transactional
public class ImportSupportResource {

    @EJB
    MemberImports imports;

    @EJB
    ImportInvitations invitations;

    @PersistenceContext
    EntityManager em;

    /** Sets the mutual's invitations per minute, as an administrator would. */
    @POST
    @jakarta.ws.rs.Path("rate")
    public String rate(@FormParam("mutual") String mutual, @FormParam("perMinute") int perMinute) {
        em.createQuery("SELECT m FROM Mutual m WHERE m.code = :code", Mutual.class)
                .setParameter("code", mutual).getSingleResult().getSettings().setInvitationsPerMinute(perMinute);
        em.getEntityManagerFactory().getCache().evict(Mutual.class);
        return String.valueOf(perMinute);
    }

    /** Starts a run on a file of the server's disk; its id. */
    @POST
    @jakarta.ws.rs.Path("start")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public String start(@FormParam("mutual") String mutual, @FormParam("file") String file,
                        @FormParam("invite") boolean invite) {
        return String.valueOf(imports.start(mutual, Path.of(file), invite, null));
    }

    /** The run's state and counts: {@code COMPLETED created=5 updated=0 unchanged=0 refused=1}. */
    @GET
    @jakarta.ws.rs.Path("run")
    public String run(@QueryParam("id") long id) {
        return imports.progress(id).map(p -> p.state() + " created=" + p.created() + " updated=" + p.updated()
                + " unchanged=" + p.unchanged() + " refused=" + p.refused()).orElse("NONE");
    }

    /** The mutual's runs, newest first, one a line: {@code <file name> <state> created=…}. */
    @GET
    @jakarta.ws.rs.Path("runs")
    public String runs(@QueryParam("mutual") String mutual) {
        return imports.recent(mutual, 20).stream()
                .map(p -> p.fileName() + " " + p.state() + " created=" + p.created() + " refused=" + p.refused())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The mutual's import invitations in the outbox, by time: {@code number;status;next attempt
     * (epoch ms);sent (epoch ms or -)}, one a line.
     */
    @GET
    @jakarta.ws.rs.Path("invitations")
    public String invitations(@QueryParam("mutual") String mutual) {
        return em.createQuery("SELECT m.memberNumber, m.status, m.nextAttemptAt, m.sentAt FROM OutboxMail m"
                        + " WHERE m.mutualCode = :mutual AND m.kind = :kind ORDER BY m.nextAttemptAt, m.id", Object[].class)
                .setParameter("mutual", mutual)
                .setParameter("kind", ImportInvitations.KIND)
                .getResultStream()
                .map(row -> row[0] + ";" + row[1] + ";" + ((Instant) row[2]).toEpochMilli() + ";"
                        + (row[3] == null ? "-" : String.valueOf(((Instant) row[3]).toEpochMilli())))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Queues the run's invitations again from the start, as a restarted step does; how many it
     * queued (none, when the step had finished).
     */
    @POST
    @jakarta.ws.rs.Path("invite-again")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NOT_SUPPORTED)
    public String inviteAgain(@FormParam("mutual") String mutual, @FormParam("run") long run) {
        return String.valueOf(invitations.queueNext(mutual, run, 0, 500).queued());
    }
}
