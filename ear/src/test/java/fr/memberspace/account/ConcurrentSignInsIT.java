package fr.memberspace.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.throttle.control.StrangersBudget;
import fr.memberspace.time.MovableClock;

/**
 * Sixteen sign-ins of one member at once, with no lock held while the passwords are hashed:
 * right passwords all get in; wrong guesses get no more checks than sequential ones would.
 * "Checked" is counted three ways: refusals returned, SIGN_IN_FAILED lines in the audit
 * trail (one per hash compared and found wrong), and the counter's failures.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSignInsIT {

    static final String PASSWORD = "Adherent#2026ok";
    static final int AT_ONCE = 16;
    /** Wrong passwords that may be tried in a row before a delay (LockoutPolicy.DEFAULT: the 3rd failure delays the next). */
    static final int TRIES_BEFORE_A_DELAY = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(ConcurrentSignInsIT.class, Probe.class, Fixtures.class, MovableClock.class);
    }

    @EJB
    Accounts accounts;

    @EJB
    Mutuals mutuals;

    @EJB
    Probe probe;

    String mutual;
    ExecutorService threads;

    @BeforeEach
    void aMemberWithAPassword() {
        MovableClock.reset();
        mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
        accounts.enrol(mutual, "100002", "Chloé", "Dubois", "chloe.dubois@example.org");
        accounts.importPasswordHash(mutual, "100002",
                new fr.memberspace.password.hash.PasswordHashes().hash(PASSWORD), false);
        threads = Executors.newFixedThreadPool(AT_ONCE);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        MovableClock.reset();
    }

    @Test
    void sixteenRightPasswordsAtOnceAllSignInAndTheirHashesOverlap() throws Exception {
        var maxPending = new AtomicInteger();
        var done = new AtomicBoolean();
        var watcher = Executors.newSingleThreadExecutor().submit(() -> {
            while (!done.get()) {
                maxPending.accumulateAndGet(probe.othersSignInCounter(mutual, "100002").get(2), Math::max);
            }
        });

        var results = atOnce(i -> PASSWORD);
        done.set(true);
        watcher.get(30, TimeUnit.SECONDS);

        results.forEach(result -> assertInstanceOf(SignIn.SignedIn.class, result));
        assertEquals(List.of(0, 0, 0), probe.othersSignInCounter(mutual, "100002"), "consecutive, day, pending");
        assertTrue(maxPending.get() >= 2, () -> "passwords hashed at the same time: at most " + maxPending.get());
        assertEquals(AT_ONCE, count(AuditType.SIGN_IN_OK));
    }

    @Test
    void sixteenWrongGuessesAtOnceGetTheChecksOfSequentialOnes() throws Exception {
        var results = atOnce(i -> "Wrong#Password" + i);

        assertEquals(TRIES_BEFORE_A_DELAY, results.stream().filter(SignIn.Refused.class::isInstance).count(), results::toString);
        results.stream().filter(result -> !(result instanceof SignIn.Refused))
                .forEach(result -> assertInstanceOf(SignIn.Wait.class, result));
        assertEquals(TRIES_BEFORE_A_DELAY, count(AuditType.SIGN_IN_FAILED));
        assertEquals(List.of(TRIES_BEFORE_A_DELAY, TRIES_BEFORE_A_DELAY, 0), probe.othersSignInCounter(mutual, "100002"));
    }

    @Test
    void theOthersDailyBudgetHoldsAgainstGuessesAtOnce() throws Exception {
        int spent = StrangersBudget.WRONG_PASSWORDS_PER_DAY - 2;
        for (int i = 0; i < spent; i++) {
            MovableClock.advance(Duration.ofMinutes(3)); // past every delay and lock: only the day's budget counts
            assertInstanceOf(SignIn.Refused.class, accounts.signIn(Fixtures.request(mutual), "100002", "Wrong#" + i));
        }
        MovableClock.advance(Duration.ofMinutes(3));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(Fixtures.request(mutual), "100002", PASSWORD));

        var results = atOnce(i -> "Wrong#Guess" + i);

        assertEquals(2, results.stream().filter(SignIn.Refused.class::isInstance).count(), results::toString);
        assertEquals(StrangersBudget.WRONG_PASSWORDS_PER_DAY, count(AuditType.SIGN_IN_FAILED));
        assertEquals(List.of(2, StrangersBudget.WRONG_PASSWORDS_PER_DAY, 0), probe.othersSignInCounter(mutual, "100002"));
    }

    interface Passwords {
        String of(int thread);
    }

    /** Sixteen sign-ins of 100002 from sixteen addresses, released together. */
    List<SignIn> atOnce(Passwords passwords) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<SignIn>>();
        for (int i = 0; i < AT_ONCE; i++) {
            int thread = i;
            var request = Fixtures.request(mutual);
            futures.add(threads.submit(() -> {
                start.await();
                return accounts.signIn(request, "100002", passwords.of(thread));
            }));
        }
        start.countDown();
        var results = new ArrayList<SignIn>();
        for (var future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    long count(AuditType type) {
        return probe.auditTypes(mutual, "100002").stream().filter(type::equals).count();
    }
}
