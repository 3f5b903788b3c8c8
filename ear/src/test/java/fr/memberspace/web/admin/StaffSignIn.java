package fr.memberspace.web.admin;

import java.util.Map;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;
import fr.memberspace.staff.StaffFixtures;

/** Signs a browser in at /admin/ as the fixture administrator (password, then the TOTP code). */
final class StaffSignIn {

    private StaffSignIn() {
    }

    static void asAdministrator(Browser browser) {
        Http.support("staff-fixture", Map.of("email", StaffFixtures.ADMIN));
        new AdminPage(browser).signIn(StaffFixtures.ADMIN);
    }
}
