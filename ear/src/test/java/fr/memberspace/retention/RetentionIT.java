package fr.memberspace.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.retention.boundary.Retention;
import fr.memberspace.time.MovableClock;

/**
 * Inside WildFly: what outlived its retention period is deleted, what did not is kept.
 * Old records are made by moving the clock back, so a purge at the real time never touches
 * what other tests keep in the shared database.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(RetentionIT.class, RetentionProbe.class, Fixtures.class, MovableClock.class);
    }

    @EJB
    Retention retention;

    @EJB
    RetentionProbe probe;

    @EJB
    Mutuals mutuals;

    @EJB
    Accounts accounts;

    String mutual;

    @BeforeEach
    void aMutualWithTwoMembers() {
        MovableClock.reset();
        mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
        accounts.enrol(mutual, "100001", "Louis", "Bernard", "louis@example.org");
        accounts.enrol(mutual, "100002", "Anne", "Morel", "anne@example.org");
    }

    @AfterEach
    void backToNow() {
        MovableClock.reset();
        probe.forgetMails(mutual); // no mail left waiting for the health check of later tests
    }

    @Test
    void auditEventsAreKeptAYearThenDeleted() {
        MovableClock.advance(Duration.ofDays(-366));
        probe.audit(mutual, "100001");
        MovableClock.reset();
        MovableClock.advance(Duration.ofDays(-364));
        probe.audit(mutual, "100002");
        MovableClock.reset();

        assertTrue(retention.purgeAuditEvents() > 0);

        assertEquals(0, probe.auditEvents(mutual, "100001"));
        assertEquals(1, probe.auditEvents(mutual, "100002"));
        assertEquals(0, retention.purgeAuditEvents(), "a second node finds nothing left");
    }

    @Test
    void finishedMailsAreKeptThirtyDaysAndWaitingOnesUntilSent() {
        MovableClock.advance(Duration.ofDays(-31));
        probe.sentMail(mutual, "100001");
        probe.waitingMail(mutual, "100002");
        MovableClock.reset();
        MovableClock.advance(Duration.ofDays(-29));
        probe.sentMail(mutual, "100002");
        MovableClock.reset();

        assertTrue(retention.purgeFinishedMails() > 0);

        assertEquals(List.of(), probe.mailStatuses(mutual, "100001"));
        assertEquals(List.of("PENDING", "SENT"), probe.mailStatuses(mutual, "100002"));
    }

    @Test
    void aMemberKeepsOnlyThePasswordsItsMutualsPolicyComparesWith() {
        probe.passwordHistory(mutual, "100001", 8);
        probe.passwordHistory(mutual, "100002", 3);

        retention.purgePasswordHistory();

        assertEquals(List.of("hash-8", "hash-7", "hash-6", "hash-5", "hash-4"), probe.history(mutual, "100001"),
                "the 5 most recent of 8");
        assertEquals(List.of("hash-3", "hash-2", "hash-1"), probe.history(mutual, "100002"));
        assertEquals(0, retention.purgePasswordHistory());
    }

    @Test
    void failureCountersAtRestGoAndThoseThatStillSaySomethingStay() {
        var now = java.time.Instant.now();
        probe.failureCounter(mutual, "100001", "device-a", 0, null, null, 0);
        probe.failureCounter(mutual, "100001", "others", 1, null, null, 0);
        probe.failureCounter(mutual, "100002", "others", 0, null, now.minus(Duration.ofHours(2)), 3);
        probe.failureCounter(mutual, "100002", "device-d", 0, now.plus(Duration.ofMinutes(10)), null, 0);
        probe.failureCounter(mutual, "100003", "others", 0, null, now.minus(Duration.ofDays(2)), 10);
        probe.failureCounter(mutual, "100003", "device-e", 0, now.minus(Duration.ofMinutes(1)), null, 0);

        assertTrue(retention.purgeRestingFailureCounters() >= 3);

        assertEquals(List.of("100001/others", "100002/device-d", "100002/others"), probe.failureCounterClients(mutual),
                "a failure, a lock still running and the others' day still running are kept");
        assertEquals(0, retention.purgeRestingFailureCounters(), "a second node finds nothing left");
    }
}
