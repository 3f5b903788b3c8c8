package fr.memberspace.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.Multipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import fr.memberspace.it.Browser;
import fr.memberspace.it.ChallengeAnswers;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.web.login.LoginPage;
import fr.memberspace.web.reset.ResetPasswordPage;
import fr.memberspace.web.space.SpacePage;

/**
 * Two nodes behind a load balancer ({@link LocalCluster}): what one node knows, the other
 * knows too. Sign-in limits are counted in the shared database whichever node a request
 * reaches; a wizard in progress survives the loss of its node (kill -9), because its session
 * is replicated by WildFly's distributed web sessions. Runs on PostgreSQL (127.0.0.1:5432),
 * and is skipped, saying so, where none answers.
 * <p>
 * The failover test comes last: it leaves one node standing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
class ClusterIT {

    static final String NEW_PASSWORD = "Tournesol#Moulin2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(Mailboxes.SMTP_SERVER);

    @RegisterExtension
    final Browser browser = new Browser();

    static LocalCluster cluster;
    static URI balancer;

    @BeforeAll
    static void twoNodesAndABalancer() throws Exception {
        assumeTrue(LocalCluster.databaseReachable(),
                "ClusterIT needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust): none answers, skipped");
        cluster = new LocalCluster();
        cluster.start();
        balancer = cluster.balancer.http();
    }

    @AfterAll
    static void stopThem() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void failedSignInsOnEitherNodeAddUpForTheMember() {
        var mutual = newMutual();
        member(mutual, "200001");
        support("password", Map.of("mutual", mutual, "number", "200001", "password", NEW_PASSWORD));
        var member = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);

        // three wrong passwords on A, B, A, as the balancer would forward them (from 127.0.0.1,
        // trusted, with the member's address): from the third failure on, the next try waits 2 s
        var nodes = List.of(cluster.nodeA.http(), cluster.nodeB.http());
        for (int i = 0; i < 3; i++) {
            var form = LoginForm.of(nodes.get(i % 2), mutual);
            form.post("127.0.0.1", "200001", "Wrong#Password1", form.rightAnswer(), "X-Forwarded-For: " + member);
        }
        // so B holds back even the right password, right away, though two of the failures were on A
        var form = LoginForm.of(cluster.nodeB.http(), mutual);
        form.post("127.0.0.1", "200001", NEW_PASSWORD, form.rightAnswer(), "X-Forwarded-For: " + member);

        // (the set-up's ACCOUNT_STATUS_CHANGED comes first)
        assertThat(audit(mutual, "200001")).filteredOn(e -> e.startsWith("SIGN_IN_")).containsExactly("SIGN_IN_FAILED " + member, "SIGN_IN_FAILED " + member,
                "SIGN_IN_FAILED " + member, "SIGN_IN_THROTTLED " + member);
    }

    @Test
    @Order(2)
    void theLimitPerClientAddressCountsSignInsOnBothNodesAndBehindTheBalancer() {
        var mutual = newMutual();
        // an address of its own on loopback, so that this client can also connect from it
        var client = "127.0." + ThreadLocalRandom.current().nextInt(1, 255) + "." + ThreadLocalRandom.current().nextInt(2, 255);

        // 20 sign-ins (the limit per address and 10 minutes), 10 on each node, for unknown numbers
        for (int i = 1; i <= 20; i++) {
            var node = i % 2 == 0 ? cluster.nodeA.http() : cluster.nodeB.http();
            var form = LoginForm.of(node, mutual);
            form.post("127.0.0.1", "3000" + String.format("%02d", i), "Wrong#Password1", form.rightAnswer(),
                    "X-Forwarded-For: " + client);
        }
        assertThat(audit(mutual, "300020")).containsExactly("SIGN_IN_UNKNOWN_MEMBER " + client);

        // the 21st, from that address through the balancer, which appends it to X-Forwarded-For
        var form = LoginForm.of(balancer, mutual);
        form.post(client, "300021", "Wrong#Password1", form.rightAnswer());

        assertThat(audit(mutual, "300021")).containsExactly("SIGN_IN_THROTTLED " + client);
    }

    @Test
    @Order(3)
    void aMemberHalfwayThroughTheWizardFinishesItOnTheOtherNodeWhenHersIsKilled() throws Exception {
        var mutual = newMutual();
        var email = member(mutual, "100001");
        browser.open(Browser.DESKTOP, "fr-FR");
        var wizard = new ResetPasswordPage(browser, mutual);

        // half the wizard through the balancer: number, code sent, code typed and accepted
        browser.go(balancer.resolve("/" + mutual + "/mot-de-passe").toString());
        wizard.awaitStep("identify");
        wizard.identify("100001").sendCode();
        wizard.typeCode(code(email));
        wizard.awaitStep("new-password");

        // the node her session sticks to dies without a word
        var hers = cluster.named(route());
        var other = cluster.other(hers);
        cluster.kill(hers);

        // she goes on where she was: the new password, the picture, done
        wizard.typePassword(NEW_PASSWORD);
        wizard.typeConfirmation(NEW_PASSWORD);
        ChallengeAnswers.click(browser, rightPicture());
        wizard.submitPassword();
        wizard.awaitStep("done");
        assertThat(route()).isEqualTo(other.name());

        // and signs in with it
        browser.go(balancer.resolve("/" + mutual + "/").toString());
        var login = new LoginPage(browser, mutual).awaitShown().fillIn("100001", NEW_PASSWORD);
        login.pickPicture(rightPicture());
        login.submit();
        assertThat(new SpacePage(browser, mutual).greeting()).contains("Louise");

        // each mail of the outbox (the code, then "password changed") went once, though both nodes' senders watched it
        assertThat(Http.get(balancer.resolve(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual + "&number=100001")
                .toString()).body()).isEqualTo("SENT,SENT");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> Mailboxes.recipientIs(m, email))).hasSize(2);
    }

    /** The node the session cookie names (WildFly appends the node's name to the session id). */
    private String route() {
        var cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("session cookie").isNotNull();
        var value = cookie.getValue();
        return value.substring(value.lastIndexOf('.') + 1);
    }

    /** The right picture of the challenge the page shows (asked through the balancer: challenges are in the database). */
    private String rightPicture() {
        var challenge = browser.present(By.name("challenge")).getAttribute("value");
        return Http.get(balancer.resolve(Deployments.SUPPORT_CONTEXT + "/challenge-answer?id=" + challenge).toString()).body();
    }

    private String code(String email) throws Exception {
        var mail = Mailboxes.awaitMailTo(SMTP, email, Duration.ofSeconds(30));
        return Fixtures.codeIn((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent());
    }

    private static String newMutual() {
        var code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        return support("mutuals", Map.of("code", code, "name", "Mutuelle en grappe", "sender", "no-reply@" + code + ".example.org"));
    }

    private static String member(String mutual, String number) {
        var email = "m" + number + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        support("members", Map.of("mutual", mutual, "number", number, "firstName", "Louise", "lastName", "Bernard",
                "email", email));
        return email;
    }

    /** "TYPE address" of each audit event of the number, oldest first. */
    private static List<String> audit(String mutual, String number) {
        var body = Http.get(balancer.resolve(Deployments.SUPPORT_CONTEXT + "/operations/audit-addresses?mutual=" + mutual
                + "&number=" + number).toString()).body();
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }

    /** A call to the test support module, through the balancer (either node answers). */
    private static String support(String path, Map<String, String> form) {
        var response = Http.post(balancer.resolve(Deployments.SUPPORT_CONTEXT + "/" + path).toString(), form);
        assertThat(response.statusCode()).as("support %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}
