package fr.memberspace.mail.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.memberspace.mail.control.MailTransport;
import fr.memberspace.mail.control.OutgoingMail;

/** The dispatch's bookkeeping without a server: what is sent when, over stubs of the outbox and the relay. */
class MailDispatchTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(MailDispatch.SIDE_BY_SIDE);
    private final StubOutbox outbox = new StubOutbox();
    private final List<String> relayed = java.util.Collections.synchronizedList(new ArrayList<>());
    private final MailDispatch dispatch = new MailDispatch();

    MailDispatchTest() {
        dispatch.delivery = outbox;
        dispatch.transport = new MailTransport() {
            @Override
            public void send(OutgoingMail mail) {
                relayed.add(mail.subject());
            }
        };
        dispatch.senders = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aMailQueuedJustAfterTheLastLookIsSentByTheRunningDeliveryNotLeftForTheTimer() {
        outbox.due.add(1L);
        // the delivery's last look finds nothing; just then a mail commits and its notification
        // arrives while that delivery still runs
        outbox.afterAnEmptyLook = () -> {
            outbox.due.add(7L);
            dispatch.deliverDue();
        };

        dispatch.deliverDue();

        assertThat(relayed).containsExactly("mail 1", "mail 7");
    }

    @Test
    void theMailsDueAreAllSentInOneRound() {
        for (long id = 1; id <= 10; id++) {
            outbox.due.add(id);
        }

        dispatch.deliverDue();

        assertThat(relayed).hasSize(10).doesNotHaveDuplicates();
        assertThat(outbox.sent).hasSize(10);
    }

    /** An outbox of ids, each mail due once until claimed. */
    static final class StubOutbox extends OutboxDelivery {

        final List<Long> due = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Long> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable afterAnEmptyLook;

        @Override
        public List<Long> due() {
            var now = List.copyOf(due);
            if (now.isEmpty() && afterAnEmptyLook != null) {
                var once = afterAnEmptyLook;
                afterAnEmptyLook = null;
                once.run();
            }
            return now;
        }

        @Override
        public Optional<OutgoingMail> claim(long id) {
            return due.remove(Long.valueOf(id))
                    ? Optional.of(new OutgoingMail("no-reply@mcrn.example.org", "MCRN", "a@example.org", "mail " + id, "text", null))
                    : Optional.empty();
        }

        @Override
        public boolean sent(long id) {
            sent.add(id);
            return false;
        }

        @Override
        public void failed(long id, String error, Duration firstRetry) {
            throw new AssertionError("no mail fails here");
        }
    }
}
