package fr.memberspace.web.admin;

import java.time.Instant;
import java.util.Map;

import org.openqa.selenium.By;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;
import fr.memberspace.it.PageObject;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.team.control.Base32;
import fr.memberspace.team.control.TotpCodes;

/**
 * The back-office ({@code /admin/}) as a staff member sees and uses it. Staff accounts for
 * tests come from the support module ({@link #staff}); {@link #signIn} types the e-mail and
 * password, then the TOTP code of the moment, computed from the secret and the server's
 * clock (moved or not) like an authenticator app would — enrolling first when the page
 * shows the QR code.
 */
public final class AdminPage extends PageObject {

    static final By EMAIL = By.id("signIn:email");
    static final By PASSWORD = By.cssSelector("input[id='signIn:password']");
    static final By CONTINUE = By.id("signIn:go");
    static final By CODE = By.id("code:totp");
    static final By SIGN_IN = By.id("code:go");
    static final By SECRET = By.id("secret");
    static final By QR = By.id("qr");
    static final By MENU = By.cssSelector("nav.admin-menu");
    static final By SIGN_OUT = By.id("signOut:go");

    public AdminPage(Browser browser) {
        super(browser, null);
    }

    /** Makes (or makes afresh) a staff account: role platform-admin or support, enrolled with {@link StaffFixtures#TOTP_SECRET} or not. */
    public static void staff(String email, String role, boolean enrolled, String... mutuals) {
        Http.support("staff", Map.of("email", email, "role", role, "enrolled", Boolean.toString(enrolled),
                "mutuals", String.join(",", mutuals)));
    }

    public AdminPage open() {
        browser.go("/admin/");
        return this;
    }

    /** Waits for the first step of the sign-in. */
    public AdminPage awaitSignIn() {
        browser.await(EMAIL);
        return this;
    }

    public AdminPage typePassword(String email, String password) {
        awaitSignIn();
        browser.type(EMAIL, email);
        browser.type(PASSWORD, password);
        browser.click(CONTINUE);
        return this;
    }

    /** Whether the code step shows a QR code to enrol. */
    public boolean showsEnrolment() {
        browser.await(CODE);
        return !browser.driver().findElements(QR).isEmpty();
    }

    /** The secret shown at enrolment (base32). */
    public String shownSecret() {
        return browser.await(SECRET).getText().strip();
    }

    public AdminPage typeCode(String code) {
        browser.type(CODE, code);
        browser.click(SIGN_IN);
        return this;
    }

    /** The TOTP code of this base32 secret at the server's time. */
    public static String codeNow(String secret) {
        var now = Instant.ofEpochMilli(Long.parseLong(Http.support("staff/now", Map.of())));
        return TotpCodes.code(Base32.decode(secret).orElseThrow(), now);
    }

    /**
     * Signs in with a fixture account ({@link StaffFixtures#PASSWORD}); enrols first if the
     * page asks, reading the secret it shows. Returns the secret used.
     */
    public String signIn(String email) {
        Http.support("staff/forget-code", Map.of("email", email));
        open().typePassword(email, StaffFixtures.PASSWORD);
        var secret = showsEnrolment() ? shownSecret() : StaffFixtures.TOTP_SECRET;
        typeCode(codeNow(secret));
        awaitHome();
        return secret;
    }

    public AdminPage awaitHome() {
        browser.await(MENU);
        return this;
    }

    public void signOut() {
        browser.click(SIGN_OUT);
        awaitSignIn();
    }

    /** The team page: staff list, new agent form. */
    public AdminPage openTeam() {
        browser.go("/admin/team");
        browser.await(By.id("staff"));
        return this;
    }

    public AdminPage createAgent(String email, String name, String mutual) {
        browser.type(By.id("create:email"), email);
        browser.type(By.id("create:name"), name);
        browser.click(By.cssSelector("input[name='create:mutuals'][value='" + mutual + "']"));
        browser.click(By.id("create:go"));
        browser.awaitText(email);
        return this;
    }

    /** The status cell of a staff member's row in the team list. */
    public String statusOf(String email) {
        return browser.await(By.xpath("//tr[td[@class='staff-email' and text()='" + email + "']]/td[@class='staff-status']"))
                .getText();
    }

    /** The texts of the page's messages. */
    public String messages() {
        return browser.await(By.id("messages")).getText();
    }

    /** The notice of the sign-in page (signed out, expired). */
    public String notice() {
        return browser.await(By.id("notice")).getText();
    }
}
