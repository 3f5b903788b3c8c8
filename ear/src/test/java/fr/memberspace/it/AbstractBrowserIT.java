package fr.memberspace.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * What every browser test shares: the deployed EAR with its support module, GreenMail as the
 * SMTP server, Chromium, a fresh mutual per test, and limits and clock put back between
 * tests. Tests drive the pages through page objects ({@code LoginPage},
 * {@code ResetPasswordPage}, {@code SpacePage}), never through raw locators.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AbstractBrowserIT {

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(Mailboxes.SMTP_SERVER);

    @RegisterExtension
    protected final Browser browser = new Browser();

    /** The mutual of this test, new for each one. */
    protected String mutual;

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @BeforeEach
    void aMutualOfItsOwnAndFreshLimitsForTheBrowsersAddress() {
        // every browser test comes from 127.0.0.1: the limits per address would add up across tests
        Http.support("forget-address", Map.of("address", "127.0.0.1"));
        mutual = Http.newMutual("Mutuelle du Test");
    }

    @AfterEach
    void backToNow() {
        Http.support("clock", Map.of("seconds", "0"));
    }

    /** A member of this test's mutual, without a password yet; returns their (fresh) e-mail address. */
    protected String member(String number, String firstName) {
        var email = "m" + number + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", firstName,
                "lastName", "Bernard", "email", email));
        return email;
    }

    /** Gives the member a password (an active account). */
    protected void password(String number, String password) {
        Http.support("password", Map.of("mutual", mutual, "number", number, "password", password));
    }

    /** Gives the member a password that must be renewed at the next sign-in. */
    protected void mustRenew(String number, String password) {
        Http.support("renewal", Map.of("mutual", mutual, "number", number, "password", password));
    }

    /** Signs in over HTTP, without a browser: "SignedIn", "Refused", … */
    protected String signInOutcome(String number, String password) {
        return Http.support("sign-in", Map.of("mutual", mutual, "number", number, "password", password));
    }

    /** Moves the server's clock this many seconds ahead of now. */
    protected void clockAhead(long seconds) {
        Http.support("clock", Map.of("seconds", Long.toString(seconds)));
    }

    /** The activation code of the {@code nth} mail to this address, once it has arrived. */
    protected String code(String email, int nth) {
        var mail = new FluentWait<>(SMTP)
                .withTimeout(Duration.ofSeconds(20))
                .pollingEvery(Duration.ofMillis(200))
                .withMessage(() -> "no mail number " + nth + " to " + email)
                .until(smtp -> {
                    var mails = Arrays.stream(smtp.getReceivedMessages())
                            .filter(m -> Mailboxes.recipientIs(m, email)).toList();
                    return mails.size() >= nth ? mails.get(nth - 1) : null;
                });
        return Fixtures.codeIn(firstPart(mail));
    }

    /** The first mail to this address, once it has arrived. */
    protected MimeMessage mailTo(String email) {
        try {
            return Mailboxes.awaitMailTo(SMTP, email, Duration.ofSeconds(20));
        } catch (MessagingException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String firstPart(MimeMessage mail) {
        try {
            return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
