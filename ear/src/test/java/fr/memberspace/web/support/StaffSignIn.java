package fr.memberspace.web.support;

import java.util.Map;
import java.util.UUID;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;

/** A staff account made for the test, and its sign-in at /admin/ in the browser (password, then TOTP code). */
final class StaffSignIn {

    private StaffSignIn() {
    }

    /** A new support agent of these mutuals; returns its e-mail. */
    static String newAgent(String... mutuals) {
        var email = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        return Http.support("support-desk-staff", Map.of("email", email, "role", "support",
                "mutuals", String.join(",", mutuals)));
    }

    /**
     * Signs the account in, in the browser already open, and waits for the back-office's
     * menu: the staff tests' own sign-in (the TOTP code of the server's time, its last used
     * step forgotten so that a second sign-in within 30 s is no replay).
     */
    static void signIn(Browser browser, String email) {
        new fr.memberspace.web.admin.AdminPage(browser).signIn(email);
    }
}
