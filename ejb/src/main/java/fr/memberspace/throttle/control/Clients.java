package fr.memberspace.throttle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.memberspace.request.RequestContext;
import fr.memberspace.secret.control.KeyedHash;
import fr.memberspace.secret.control.RandomIds;
import fr.memberspace.secret.control.ServerSecret;

/**
 * Who is trying, for the budgets of a member number: a device where the member signed in
 * or reset the password before (it shows a ticket signed for this mutual and number), or
 * {@link #OTHERS}, every other client together. A stranger elsewhere only ever spends the
 * others' budget: the member's device keeps its own.
 * <p>
 * A ticket is {@code <random id>.<key id>:<keyed hash of mutual, number and id>}: nothing is
 * stored, a forged or copied-to-another-number ticket is simply no ticket. The key id lets a
 * ticket made before a rotation of the server secret count while the previous secret is
 * still configured.
 */
@ApplicationScoped
public class Clients {

    /** Every client without a valid ticket for the number. */
    public static final String OTHERS = "others";

    private static final String DEVICE = "device:";
    private static final String TICKET_KEY = "device-ticket";

    @Inject
    ServerSecret secret;

    /** The budget key of the client of this request, for this number. */
    public String of(RequestContext request, String number) {
        var ticket = request.deviceTicket();
        if (ticket == null || number == null) {
            return OTHERS;
        }
        int dot = ticket.indexOf('.');
        if (dot != RandomIds.LENGTH) {
            return OTHERS;
        }
        var id = ticket.substring(0, dot);
        return secret.checkKeyed(TICKET_KEY, ticket.substring(dot + 1),
                (key, hex) -> tickets(key).matches(hex, request.mutualCode(), number, id))
                ? DEVICE + KeyedHash.sha256(id).substring(0, 32) : OTHERS;
    }

    /** A new ticket for the browser of this member: set it after a successful sign-in or reset. */
    public String newTicket(String mutualCode, String number) {
        var id = RandomIds.next();
        return id + "." + secret.keyed(TICKET_KEY, key -> tickets(key).hex(mutualCode, number, id));
    }

    private static KeyedHash tickets(byte[] key) {
        return new KeyedHash(key, "memberspace/device-ticket/v1");
    }
}
