package fr.memberspace.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalSettlementsTest {

    /** Longer than any test may take: a wait that ends is one that was woken. */
    private static final Duration NEVER = Duration.ofMinutes(10);
    private static final Duration TEST_LIMIT = Duration.ofSeconds(20);

    private final LocalSettlements settlements = new LocalSettlements();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSettlementBetweenTheReservationAndTheWaitIsNotMissed() {
        var counter = settlements.enter("mcrn/100002/others");
        long seen = counter.seen();
        counter.settledOne(); // settled before the queued try began to wait

        assertTimeoutPreemptively(TEST_LIMIT, () -> counter.awaitAfter(seen, NEVER));
    }

    @Test
    void aQueuedTryWakesWhenATryOnItsCounterSettles() throws Exception {
        var counter = settlements.enter("mcrn/100002/others");
        long seen = counter.seen();
        var waiting = new CountDownLatch(1);
        Future<?> queued = threads.submit(() -> {
            waiting.countDown();
            counter.awaitAfter(seen, NEVER);
            return null;
        });
        waiting.await();

        counter.settledOne();

        assertTimeoutPreemptively(TEST_LIMIT, () -> queued.get());
    }

    @Test
    void eachSettlementWakesOneOfTheQueuedTries() throws Exception {
        var counter = settlements.enter("mcrn/100002/others");
        long seen = counter.seen();
        var woken = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            threads.submit(() -> {
                counter.awaitAfter(seen, NEVER);
                woken.countDown();
                return null;
            });
        }

        for (int i = 0; i < 3; i++) {
            counter.settledOne();
        }

        assertTrue(woken.await(TEST_LIMIT.toSeconds(), TimeUnit.SECONDS), "every queued try woke");
    }

    @Test
    void withNoSettlementHereATryAsksAgainAfterTheLimit() throws InterruptedException {
        var counter = settlements.enter("mcrn/100002/others");
        long started = System.nanoTime();

        counter.awaitAfter(counter.seen(), Duration.ofMillis(100));

        assertTrue(System.nanoTime() - started >= Duration.ofMillis(100).toNanos(), "waited its limit");
    }

    @Test
    void theTriesOfOneCounterShareItsSettlementsAndItIsForgottenOnceTheyLeave() {
        var first = settlements.enter("mcrn/100002/others");
        var second = settlements.enter("mcrn/100002/others");
        var other = settlements.enter("moa/100002/others");
        assertSame(first, second);
        assertEquals(2, settlements.counters());

        settlements.leave("mcrn/100002/others");
        assertEquals(2, settlements.counters(), "one try on the counter is still inside");
        settlements.leave("mcrn/100002/others");
        settlements.leave("moa/100002/others");

        assertEquals(0, settlements.counters());
        assertTrue(other != first);
    }
}
