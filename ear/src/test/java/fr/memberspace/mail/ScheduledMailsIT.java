package fr.memberspace.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;

/**
 * Mails scheduled for later (an import's invitations, spread at the mutual's pace) in the
 * outbox's own queries, on the server's database: they hold back no newer mail to the same
 * member, and the relay coming back after an outage does not make them due at once; a mail
 * that failed still holds back the newer ones and is retried at once.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledMailsIT {

    /** A day ahead: the server's own sender never finds these due. */
    static final Instant T0 = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(ScheduledMailsIT.class, ScheduledMailsProbe.class);
    }

    @EJB
    ScheduledMailsProbe outbox;

    final List<Long> written = new ArrayList<>();

    @AfterEach
    void forget() {
        outbox.forget(written);
    }

    long write(String recipient, Instant at, int attempts, Instant nextAttempt) {
        var id = outbox.write(recipient, at, attempts, nextAttempt);
        written.add(id);
        return id;
    }

    static String someone() {
        return "m-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aCodeAskedWhileAnInvitationWaitsForItsSlotLeavesNow() {
        var member = someone();
        var invitation = write(member, T0.plus(Duration.ofHours(3)), 0, null);
        var code = write(member, T0, 0, null);

        var due = outbox.dueAt(T0);
        assertTrue(due.contains(code), due::toString);
        assertFalse(due.contains(invitation), due::toString);
        assertTrue(outbox.dueAt(T0.plus(Duration.ofHours(3))).contains(invitation));
    }

    @Test
    void aMailThatFailedStillHoldsBackTheNewerOnesOfItsRecipient() {
        var member = someone();
        var failed = write(member, T0.minusSeconds(60), 1, T0.plusSeconds(30));
        var newer = write(member, T0, 0, null);

        var due = outbox.dueAt(T0);
        assertFalse(due.contains(failed), due::toString);
        assertFalse(due.contains(newer), due::toString);
        // once the failed one is due again, it goes first and the newer one waits behind it
        var later = outbox.dueAt(T0.plusSeconds(30));
        assertTrue(later.contains(failed), later::toString);
        assertFalse(later.contains(newer), later::toString);
    }

    @Test
    void theRelayBackRetriesWhatFailedNotWhatIsScheduledForLater() {
        var failed = write(someone(), T0.minusSeconds(60), 2, T0.plusSeconds(120));
        var invitation = write(someone(), T0.plus(Duration.ofHours(2)), 0, null);

        outbox.retryNow(T0);

        assertEquals(T0, outbox.nextAttempt(failed));
        assertEquals(T0.plus(Duration.ofHours(2)), outbox.nextAttempt(invitation));
    }
}
