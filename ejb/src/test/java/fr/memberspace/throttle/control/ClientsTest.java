package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import fr.memberspace.request.RequestContext;
import fr.memberspace.secret.control.SecretKeys;
import fr.memberspace.secret.control.ServerSecret;

class ClientsTest {

    private final Clients clients = new Clients();

    static final String OLD = "an old secret of at least thirty-two characters";
    static final String NEW = "the new secret, also thirty-two characters or more";

    ClientsTest() {
        clients.secret = ServerSecret.with(SecretKeys.of(OLD, null));
    }

    @Test
    void aTicketMadeBeforeARotationCountsWhileThePreviousSecretIsConfigured() {
        var ticket = clients.newTicket("mcrn", "100001");
        var client = clients.of(from("mcrn", ticket), "100001");

        clients.secret = ServerSecret.with(SecretKeys.of(NEW, OLD));
        assertThat(clients.of(from("mcrn", ticket), "100001")).isEqualTo(client);
        assertThat(clients.newTicket("mcrn", "100001")).contains("." + SecretKeys.of(NEW, null).currentId() + ":");

        clients.secret = ServerSecret.with(SecretKeys.of(NEW, null));
        assertThat(clients.of(from("mcrn", ticket), "100001")).isEqualTo(Clients.OTHERS);
    }

    private static RequestContext from(String mutual, String ticket) {
        return new RequestContext(mutual, "203.0.113.7", "JUnit", Locale.FRENCH, ticket);
    }

    @Test
    void aBrowserWithoutTicketIsOneOfTheOthers() {
        assertThat(clients.of(from("mcrn", null), "100001")).isEqualTo(Clients.OTHERS);
    }

    @Test
    void theTicketOfAMembersBrowserNamesAClientOfItsOwn() {
        var ticket = clients.newTicket("mcrn", "100001");

        var client = clients.of(from("mcrn", ticket), "100001");

        assertThat(client).startsWith("device:").hasSizeLessThanOrEqualTo(64);
        assertThat(clients.of(from("mcrn", ticket), "100001")).isEqualTo(client);
        assertThat(clients.of(from("mcrn", clients.newTicket("mcrn", "100001")), "100001")).isNotEqualTo(client);
    }

    @Test
    void aTicketCountsOnlyForItsMutualAndNumber() {
        var ticket = clients.newTicket("mcrn", "100001");

        assertThat(clients.of(from("mcrn", ticket), "100002")).isEqualTo(Clients.OTHERS);
        assertThat(clients.of(from("other", ticket), "100001")).isEqualTo(Clients.OTHERS);
    }

    @Test
    void aForgedOrMangledTicketIsNoTicket() {
        var ticket = clients.newTicket("mcrn", "100001");
        var lastChanged = ticket.substring(0, ticket.length() - 1) + (ticket.endsWith("0") ? "1" : "0");

        assertThat(clients.of(from("mcrn", lastChanged), "100001")).isEqualTo(Clients.OTHERS);
        assertThat(clients.of(from("mcrn", "x." + ticket), "100001")).isEqualTo(Clients.OTHERS);
        assertThat(clients.of(from("mcrn", "no dot at all"), "100001")).isEqualTo(Clients.OTHERS);
        assertThat(clients.of(from("mcrn", "x".repeat(300)), "100001")).isEqualTo(Clients.OTHERS);
    }
}
