package fr.memberspace.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import fr.memberspace.staff.StaffFixtures;

/**
 * Set-up of staff accounts for browser tests of the back-office: the fixture administrator
 * ({@link StaffFixtures#ADMIN}, enrolled with {@link StaffFixtures#TOTP_SECRET}), made afresh,
 * its last TOTP step forgotten so the current code signs it in.
 */
@Path("staff-fixture")
@RequestScoped
public class StaffFixtureResource {

    @Inject
    StaffFixtures staff;

    @POST
    public String administrator(@FormParam("email") String email) {
        staff.admin(email, true);
        staff.forgetLastCode(email);
        return email;
    }
}
