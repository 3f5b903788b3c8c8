package fr.memberspace.web.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.By;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;
import fr.memberspace.staff.StaffFixtures;

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

    /** Signs the account in, in the browser already open, and waits for the back-office's menu. */
    static void signIn(Browser browser, String email) {
        browser.go("/admin/");
        browser.type(By.id("signIn:email"), email);
        browser.type(By.id("signIn:password"), StaffFixtures.PASSWORD);
        browser.click(By.id("signIn:go"));
        browser.await(By.id("code:code"));
        browser.type(By.id("code:code"), StaffFixtures.codeAt(Instant.now()));
        browser.click(By.id("code:go"));
        browser.await(By.className("admin-menu"));
    }
}
