package fr.memberspace.it.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.challenge.control.Pictures;
import fr.memberspace.challenge.control.SignedChallenges;
import fr.memberspace.secret.control.ServerSecret;
import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.request.RequestContext;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.time.MovableClock;
import fr.memberspace.mail.control.MailTransport;
import fr.memberspace.mail.control.OutgoingMail;
import fr.memberspace.mutual.boundary.Mutuals;

/** Set-up and probes for client tests, each through the product's own code. */
@Path("")
@RequestScoped
@jakarta.transaction.Transactional
public class SupportResource {

    @EJB
    Mutuals mutuals;

    @EJB
    Accounts accounts;

    @Inject
    MailTransport mail;

    @Inject
    fr.memberspace.mail.control.Outbox outbox;

    @EJB
    PasswordResets resets;

    @Inject
    ServerSecret secret;

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("mutuals")
    public String registerMutual(@FormParam("code") String code, @FormParam("name") String name,
                                 @FormParam("sender") String sender) {
        return mutuals.register(code, name, sender).getCode();
    }

    /** Sets a mutual's member number format ({@code DIGITS}, {@code LETTERS_AND_DIGITS}), as an administrator would. */
    @POST
    @Path("number-format")
    public String numberFormat(@FormParam("mutual") String mutual, @FormParam("format") String format) {
        em.createQuery("SELECT m FROM Mutual m WHERE m.code = :code", fr.memberspace.mutual.entity.Mutual.class)
                .setParameter("code", mutual).getSingleResult().getSettings().setNumberFormat(format);
        em.getEntityManagerFactory().getCache().evict(fr.memberspace.mutual.entity.Mutual.class);
        return format;
    }

    @POST
    @Path("members")
    public String enrol(@FormParam("mutual") String mutual, @FormParam("number") String number,
                        @FormParam("firstName") String firstName, @FormParam("lastName") String lastName,
                        @FormParam("email") String email) {
        return accounts.enrol(mutual, number, firstName, lastName, email).getNumber();
    }

    @POST
    @Path("codes")
    public String requestCode(@FormParam("mutual") String mutual, @FormParam("number") String number) {
        var result = resets.requestCode(new RequestContext(mutual, anyAddress(), "support", Locale.FRENCH), number);
        return result.getClass().getSimpleName();
    }

    @GET
    @Path("outbox")
    public String outbox(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        return em.createQuery("SELECT m.status FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number ORDER BY m.id", OutboxMail.Status.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(Enum::name)
                .collect(Collectors.joining(","));
    }

    /** Status and attempts of each outbox mail of a number ("PENDING/1,SENT/2"), oldest first. */
    @GET
    @Path("outbox-attempts")
    public String outboxAttempts(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number ORDER BY m.id", OutboxMail.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(mail -> mail.getStatus() + "/" + mail.getAttempts())
                .collect(Collectors.joining(","));
    }

    /** Forgets what the limits per client address counted for this address (tests share 127.0.0.1). */
    @POST
    @Path("forget-address")
    public String forgetAddress(@FormParam("address") String address) {
        return String.valueOf(em.createQuery("DELETE FROM AddressEvent e WHERE e.address = :address")
                .setParameter("address", address)
                .executeUpdate());
    }

    @GET
    @Path("audit")
    public String audit(@QueryParam("mutual") String mutual, @QueryParam("number") String number) {
        return em.createNamedQuery(fr.memberspace.audit.entity.AuditEvent.OF_NUMBER,
                        fr.memberspace.audit.entity.AuditEvent.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(event -> event.getType().name())
                .collect(Collectors.joining(","));
    }

    /**
     * The answer of a challenge (the opaque id of the right picture, or the key of the word
     * that answers the question), which only the server secret can derive from the token.
     */
    @GET
    @Path("challenge-answer")
    public String challengeAnswer(@QueryParam("id") String id) {
        return SignedChallenges.with(secret.keys(), Pictures.standard(), new java.security.SecureRandom())
                .rightAnswer(id).orElseThrow();
    }

    /**
     * The number of rows of every table of the schema, one {@code table=rows} a line, in
     * table order: what a test compares to show that some requests wrote nothing.
     */
    @GET
    @Path("row-counts")
    @SuppressWarnings("unchecked")
    public String rowCounts(@QueryParam("mutual") String mutual) {
        List<String> tables = em.createNativeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_type IN ('BASE TABLE', 'TABLE')"
                + " ORDER BY table_name").getResultList();
        // a table with a mutual's code counts that mutual's rows only: the outbox and the timers
        // of other tests' mutuals may write meanwhile (expired mails, their audit lines)
        List<String> perMutual = em.createNativeQuery("SELECT LOWER(table_name) FROM information_schema.columns"
                + " WHERE table_schema = CURRENT_SCHEMA AND LOWER(column_name) = 'mutual_code'").getResultList();
        return tables.stream()
                .map(table -> {
                    var name = table.toLowerCase(Locale.ROOT);
                    var count = mutual != null && perMutual.contains(name)
                            ? em.createNativeQuery("SELECT COUNT(*) FROM \"" + table + "\" WHERE mutual_code = ?1")
                                    .setParameter(1, mutual).getSingleResult()
                            : em.createNativeQuery("SELECT COUNT(*) FROM \"" + table + "\"").getSingleResult();
                    return name + "=" + count;
                })
                .collect(Collectors.joining("\n"));
    }

    @POST
    @Path("password")
    public String setPassword(@FormParam("mutual") String mutual, @FormParam("number") String number,
                              @FormParam("password") String password) {
        accounts.importPasswordHash(mutual, number, new fr.memberspace.password.hash.PasswordHashes().hash(password), false);
        return "active";
    }

    @POST
    @Path("clock")
    public String advanceClock(@FormParam("seconds") long seconds) {
        if (seconds == 0) {
            MovableClock.resetEverywhere();
        } else {
            MovableClock.advanceEverywhere(java.time.Duration.ofSeconds(seconds));
        }
        return "moved";
    }

    @POST
    @Path("sign-in")
    public String signIn(@FormParam("mutual") String mutual, @FormParam("number") String number,
                         @FormParam("password") String password) {
        return accounts.signIn(new RequestContext(mutual, anyAddress(), "support", Locale.FRENCH), number, password)
                .getClass().getSimpleName();
    }

    @POST
    @Path("renewal")
    public String requireRenewal(@FormParam("mutual") String mutual, @FormParam("number") String number,
                                 @FormParam("password") String password) {
        accounts.requireRenewal(mutual, number, password);
        return "must renew";
    }

    /**
     * Queues a notice (a mail without a code, so it never expires) for a number, as the
     * product queues the "password changed" notice.
     */
    @POST
    @Path("notice")
    public String queueNotice(@FormParam("mutual") String mutual, @FormParam("number") String number,
                              @FormParam("to") String to) {
        outbox.queue(mutual, number, "NOTICE", new OutgoingMail("no-reply@" + mutual + ".example.org", "Test sender",
                to, "Notice", "A notice.", "<p>A notice.</p>"));
        return "queued";
    }

    @POST
    @Path("mail")
    public String send(@FormParam("from") String from, @FormParam("to") String to,
                       @FormParam("subject") String subject, @FormParam("text") String text,
                       @FormParam("html") String html) throws MessagingException {
        mail.send(new OutgoingMail(from, "Test sender", to, subject, text, html));
        return "sent";
    }

    /** An address of its own for each call, so limits per address never add up across tests. */
    private static String anyAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
