package fr.memberspace.mail.boundary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
    /** SMTP conversations at once. */
    static final int SIDE_BY_SIDE = 4;

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedScheduledExecutorService executor;

    /** The threads that talk SMTP (not the scheduler's, which runs the delivery that waits for them). */
    @Resource
    ManagedExecutorService senders;

    @EJB
    OutboxDelivery delivery;

    @Inject
    MailTransport transport;

    @Inject
    SenderHeartbeat heartbeat;

    private final AtomicBoolean running = new AtomicBoolean();
    /** A delivery was asked for since the running one last looked at the outbox. */
    private final AtomicBoolean wanted = new AtomicBoolean();

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

    /**
     * Sends what is due, on one thread of this node at a time. A call while another delivery
     * runs is not lost: that delivery looks at the outbox once more before it ends (a mail
     * committed just after its last look would otherwise wait for the timer, 5 s).
     */
    void deliverDue() {
        wanted.set(true);
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
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
    }

    /**
     * Sends the mails due now, {@value #SIDE_BY_SIDE} side by side (one slow SMTP conversation
     * does not hold up the mails behind it); whether any was sent (then others may have
     * become due). At most one mail per recipient is due at a time (the oldest waiting, see
     * {@link fr.memberspace.mail.entity.OutboxMail#DUE}), so sending side by side keeps each
     * recipient's order.
     */
    private boolean deliverOnce() {
        var sent = new AtomicBoolean();
        var slots = new Semaphore(SIDE_BY_SIDE);
        var sending = new ArrayList<CompletableFuture<Void>>();
        for (long id : delivery.due()) {
            slots.acquireUninterruptibly();
            try {
                sending.add(CompletableFuture.runAsync(() -> {
                    try {
                        if (deliver(id)) {
                            sent.set(true);
                        }
                    } finally {
                        slots.release();
                    }
                }, senders));
            } catch (RejectedExecutionException busy) {
                // no thread free in the server's pool: this one sends it
                slots.release();
                if (deliver(id)) {
                    sent.set(true);
                }
            }
        }
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
        return sent.get();
    }

    /** Claims one mail and sends it; whether it was sent. */
    private boolean deliver(long id) {
        var claimed = delivery.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            transport.send(claimed.get());
            delivery.sent(id);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox mail {0} not sent yet: {1}", new Object[] {id, e.toString()});
            delivery.failed(id, e.toString(), retryDelay());
            return false;
        }
    }

    private static Duration retryDelay() {
        return Duration.ofSeconds(Long.getLong(RETRY_PROPERTY, 30));
    }
}
