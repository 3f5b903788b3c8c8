package fr.memberspace.it.support;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.control.StaffRoles;

/**
 * Staff for client and browser tests ({@code /it-support/staff…}): accounts with
 * {@link StaffFixtures#PASSWORD} and, if enrolled, {@link StaffFixtures#TOTP_SECRET}; the
 * server's time, from which a test computes the TOTP code of the moment.
 */
@Path("staff")
@RequestScoped
public class StaffResource {

    @Inject
    StaffFixtures staff;

    @Inject
    Clock clock;

    /** role: platform-admin or support; mutuals: comma-separated codes; enrolled: true or false. */
    @POST
    public String create(@FormParam("email") String email, @FormParam("role") String role,
                         @FormParam("enrolled") boolean enrolled, @FormParam("mutuals") String mutuals) {
        Set<String> codes = mutuals == null || mutuals.isBlank() ? Set.of()
                : Arrays.stream(mutuals.split(",")).map(String::strip).collect(Collectors.toSet());
        var name = (StaffRoles.ADMIN.equals(role) ? "Admin " : "Agent ") + email.substring(0, email.indexOf('@'));
        return staff.create(email, name, role, enrolled, codes).getEmail();
    }

    @POST
    @Path("forget-code")
    public String forgetCode(@FormParam("email") String email) {
        staff.forgetLastCode(email);
        return "forgotten";
    }

    /** The server's time (its movable clock), in epoch milliseconds. */
    @POST
    @Path("now")
    public String now() {
        return String.valueOf(clock.millis());
    }
}
