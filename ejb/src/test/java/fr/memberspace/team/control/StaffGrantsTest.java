package fr.memberspace.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.memberspace.secret.control.SecretKeys;
import fr.memberspace.secret.control.ServerSecret;

class StaffGrantsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T23:00:00Z");
    private final StaffGrants grants = new StaffGrants(
            ServerSecret.with(SecretKeys.of("a test secret of at least thirty-two characters", null)));

    @Test
    void aGrantNamesItsEmailUntilItExpires() {
        var grant = grants.grant("agent@example.org", NOW);

        assertThat(grants.email(grant, NOW.plus(StaffGrants.VALIDITY).minusSeconds(1))).hasValue("agent@example.org");
        assertThat(grants.email(grant, NOW.plus(StaffGrants.VALIDITY))).isEmpty();
    }

    @Test
    void aChangedGrantIsNoGrant() {
        var grant = grants.grant("agent@example.org", NOW);
        var other = grants.grant("admin@example.org", NOW);
        var forged = other.substring(0, other.indexOf('~')) + grant.substring(grant.indexOf('~'));
        var later = grant.replaceFirst("~(\\d+)~", "~9999999999~");

        assertThat(grants.email(forged, NOW)).isEmpty();
        assertThat(grants.email(later, NOW)).isEmpty();
        assertThat(grants.email("nonsense", NOW)).isEmpty();
        assertThat(grants.email(null, NOW)).isEmpty();
    }

    @Test
    void anotherServerSecretMadeItNoGrant() {
        var elsewhere = new StaffGrants(ServerSecret.with(SecretKeys.of("another secret of at least thirty-two characters", null)));
        assertThat(elsewhere.email(grants.grant("agent@example.org", NOW), NOW)).isEmpty();
    }
}
