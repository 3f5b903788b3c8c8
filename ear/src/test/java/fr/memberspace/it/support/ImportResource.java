package fr.memberspace.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import fr.memberspace.memberimport.boundary.MemberImports;

/** Member imports for client tests (MemberImportCrashIT): the latest run's report, restart, the members it left. */
@Path("imports")
@RequestScoped
public class ImportResource {

    @EJB
    MemberImports imports;

    @PersistenceContext
    EntityManager em;

    /**
     * The mutual's latest run as {@code runId state rowsRead created updated unchanged refused},
     * then the mutual's member count and its refusal rows, or {@code none}.
     */
    @GET
    public String latest(@QueryParam("mutual") String mutual) {
        var runs = imports.recent(mutual, 1);
        if (runs.isEmpty()) {
            return "none";
        }
        var run = runs.get(0);
        long members = em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.mutual.code = :mutual", Long.class)
                .setParameter("mutual", mutual).getSingleResult();
        long refusals = em.createQuery("SELECT COUNT(r) FROM ImportRefusal r WHERE r.runId = :run", Long.class)
                .setParameter("run", run.runId()).getSingleResult();
        return run.runId() + " " + run.state() + " " + run.rowsRead() + " " + run.created() + " " + run.updated() + " "
                + run.unchanged() + " " + run.refused() + " " + members + " " + refusals;
    }

    @POST
    @Path("restart")
    public String restart(@FormParam("run") long run) {
        return String.valueOf(imports.restart(run));
    }
}
