package fr.memberspace.account.boundary;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The sign-ins in progress on this node, per counter (a number and a client: see
 * {@link SignInSteps#counterOf}), so that a try queued behind tries being checked wakes as
 * soon as one of them settles here, rather than asking the database again and again.
 * <p>
 * A try {@link #enter enters} before it reserves and {@link #leave leaves} with its answer. It
 * notes how many settlements it {@link Counter#seen saw} before reserving: a settlement between
 * its reservation and its wait is then not missed. A settlement on another node wakes nobody
 * here, so a queued try also asks again after a while ({@link Counter#awaitAfter}'s limit).
 */
final class LocalSettlements {

    /** The tries of one counter on this node. */
    static final class Counter {

        /** Tries inside; changed only in the map's {@code compute}, which serialises them. */
        private int inside;

        /** Settlements so far; guarded by this. */
        private long settled;

        /** The settlements so far: note it before reserving, then {@link #awaitAfter wait} for one more. */
        synchronized long seen() {
            return settled;
        }

        /** A try settled: it freed one reservation, so it wakes one waiting try. */
        synchronized void settledOne() {
            settled++;
            notify();
        }

        /** Waits until a settlement after {@code seen}, or {@code atMost}. */
        synchronized void awaitAfter(long seen, Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (settled == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    /** A try on this counter begins on this node. */
    Counter enter(String counter) {
        return counters.compute(counter, (key, tries) -> {
            var entered = tries == null ? new Counter() : tries;
            entered.inside++;
            return entered;
        });
    }

    /** The try has its answer; the counter is forgotten once no try on it is left. */
    void leave(String counter) {
        counters.computeIfPresent(counter, (key, tries) -> --tries.inside == 0 ? null : tries);
    }

    /** How many counters have tries on this node (for tests: none is kept once they are done). */
    int counters() {
        return counters.size();
    }
}
