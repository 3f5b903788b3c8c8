package fr.memberspace.it.support;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.entity.StaffMember;
import fr.memberspace.staff.entity.StaffStatus;
import fr.memberspace.team.control.TotpCodes;
import fr.memberspace.team.control.TotpSecrets;

/**
 * Staff accounts for client tests of the back-office (the support desk's browser tests): an
 * active, enrolled account with the fixtures' password and TOTP secret ({@code StaffFixtures}'s
 * constants, compiled in), made straight in the database.
 */
@Path("support-desk-staff")
@RequestScoped
@jakarta.transaction.Transactional
public class SupportDeskStaff {

    @PersistenceContext
    EntityManager em;

    @Inject
    TotpSecrets secrets;

    @Inject
    Clock clock;

    /** A new account; {@code mutuals} comma-separated codes (a support agent's). */
    @POST
    public String create(@FormParam("email") String email, @FormParam("role") String role,
                         @FormParam("mutuals") String mutuals) {
        var staff = new StaffMember(email, "Agent " + email, role, StaffStatus.ACTIVE, clock.instant());
        em.persist(staff);
        staff.choosePassword(new PasswordHashes().hash(StaffFixtures.PASSWORD), clock.instant());
        staff.reachOnly(Arrays.stream(mutuals == null ? new String[0] : mutuals.split(","))
                .filter(code -> !code.isBlank()).collect(Collectors.toSet()));
        staff.startTotpEnrolment(secrets.seal(email, StaffFixtures.TOTP_SECRET));
        // confirmed a minute ago: the current code has not been used yet
        staff.confirmTotp(TotpCodes.step(clock.instant()) - 2, clock.instant());
        return email;
    }
}
