package fr.memberspace.it.support;

import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import fr.memberspace.audit.entity.AuditEvent;

/** Probes for the operations tests (client addresses, monitoring). */
@Path("operations")
@RequestScoped
@jakarta.transaction.Transactional
public class OperationsResource {

    @PersistenceContext
    EntityManager em;

    /** The audit events of a number, one per line: type and client address. */
    @GET
    @Path("audit-addresses")
    public String auditAddresses(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        return em.createNamedQuery(AuditEvent.OF_NUMBER, AuditEvent.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(event -> event.getType() + " " + event.getClientAddress())
                .collect(Collectors.joining("\n"));
    }
}
