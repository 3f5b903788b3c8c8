package fr.memberspace.mail.boundary;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import fr.memberspace.mail.control.MailQueued;
import fr.memberspace.mail.control.MailTransport;
import fr.memberspace.mail.control.SenderHeartbeat;

/**
 * Sends the outbox: just after a transaction that queued a mail commits ({@value #SEND_DELAY_MILLIS} ms later), and every few
 * seconds for retries (backoff from {@value #RETRY_PROPERTY} seconds, doubling, at most one
 * hour; given up after {@value OutboxDelivery#MAX_ATTEMPTS_PROPERTY} attempts, 10 by default). Works on several nodes at once:
 * each mail is claimed in the database before it is sent.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatch {

    static final String RETRY_PROPERTY = "memberspace.mail.retry.seconds";
    static final long SEND_DELAY_MILLIS = 300;
    /** Rounds of one delivery at most (each round sends what is due, at most 50 mails). */
    static final int MAX_ROUNDS = 20;

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedScheduledExecutorService executor;

    @EJB
    OutboxDelivery delivery;

    @Inject
    MailTransport transport;

    @Inject
    SenderHeartbeat heartbeat;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(5_000, 5_000, new TimerConfig("outbox", false));
    }

    @Timeout
    void onTimer() {
        heartbeat.beat();
        try {
            delivery.eraseExpiredCodes();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox: expired codes not erased yet", e);
        }
        deliverDue();
    }

    /**
     * After the commit of a transaction that queued a mail: send without waiting for the timer,
     * {@value #SEND_DELAY_MILLIS} ms later, once the member's page has gone: sending at once
     * took CPU from the answer, which then took longer for a member's number than for a number
     * nobody has (EnumerationTimingIT).
     */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.schedule(this::deliverDue, SEND_DELAY_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void deliverDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // again while sending made more mails due: the next of a recipient's mails, or,
            // once the relay is back after an outage, every mail that was waiting for a retry
            for (int round = 0; round < MAX_ROUNDS && deliverOnce(); round++) {
                LOG.fine("Outbox: more mails due");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery interrupted", e);
        } finally {
            running.set(false);
        }
    }

    /** Sends the mails due now; whether any was sent (then others may have become due). */
    private boolean deliverOnce() {
        boolean sent = false;
        for (long id : delivery.due()) {
            var claimed = delivery.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                transport.send(claimed.get());
                delivery.sent(id);
                sent = true;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox mail {0} not sent yet: {1}", new Object[] {id, e.toString()});
                delivery.failed(id, e.toString(), retryDelay());
            }
        }
        return sent;
    }

    private static Duration retryDelay() {
        return Duration.ofSeconds(Long.getLong(RETRY_PROPERTY, 30));
    }
}
