package fr.memberspace.web.admin;

import java.time.Instant;
import java.util.Map;

import org.openqa.selenium.By;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;
import fr.memberspace.staff.StaffFixtures;

/** Signs a browser in at /admin/ as the fixture administrator (password, then the TOTP code). */
final class StaffSignIn {

    private StaffSignIn() {
    }

    static void asAdministrator(Browser browser) {
        Http.support("staff-fixture", Map.of("email", StaffFixtures.ADMIN));
        browser.go("/admin/");
        browser.type(By.id("signIn:email"), StaffFixtures.ADMIN);
        browser.type(By.id("signIn:password"), StaffFixtures.PASSWORD);
        browser.click(By.id("signIn:go"));
        browser.type(By.id("code:code"), StaffFixtures.codeAt(Instant.now()));
        browser.click(By.id("code:go"));
        browser.await(By.id("signOut:go"));
    }
}
