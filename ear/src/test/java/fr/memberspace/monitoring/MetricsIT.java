package fr.memberspace.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;

/**
 * The application's meters at the Prometheus endpoint of the management interface
 * ({@code /prometheus}, Micrometer): events counted by type and mutual as they happen,
 * the outbox per mutual, and the datasource pool.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    static final String EVENTS = "memberspace_events_total";
    static final String PASSWORD = "Adherent#2026ok";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    final String mutual = Http.newMutual("Mutuelle Mesure");

    @AfterEach
    void forgetTheSharedAddress() {
        Http.support("forget-address", Map.of("address", "127.0.0.1"));
    }

    String member(String number) {
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", "Paul",
                "lastName", "Durand", "email", number + "@" + mutual + ".example.org"));
        Http.support("password", Map.of("mutual", mutual, "number", number, "password", PASSWORD));
        return number;
    }

    double events(String type) {
        return ManagementEndpoints.sample(EVENTS, "mutual=\"" + mutual + "\"", "type=\"" + type + "\"");
    }

    @Test
    void signInsAreCountedPerMutualAsTheyHappen() {
        var number = member("500001");
        assertThat(events("SIGN_IN_OK")).isZero();

        assertThat(Http.support("sign-in", Map.of("mutual", mutual, "number", number, "password", PASSWORD)))
                .isEqualTo("SignedIn");
        await().atMost(Duration.ofSeconds(5)).until(() -> events("SIGN_IN_OK") == 1);

        Http.support("sign-in", Map.of("mutual", mutual, "number", number, "password", "Wrong#Password1"));
        Http.support("sign-in", Map.of("mutual", mutual, "number", number, "password", "Wrong#Password2"));
        await().atMost(Duration.ofSeconds(5)).until(() -> events("SIGN_IN_FAILED") == 2);
        assertThat(events("SIGN_IN_OK")).isEqualTo(1);
    }

    @Test
    void challengesPassedAndFailed() {
        var number = member("500002");

        var wrong = LoginForm.of(mutual);
        wrong.post("127.0.0.1", number, PASSWORD, "not-a-picture");
        var right = LoginForm.of(mutual);
        right.post("127.0.0.1", number, PASSWORD, right.rightAnswer());

        await().atMost(Duration.ofSeconds(5)).until(() -> events("CHALLENGE_FAILED") == 1);
        assertThat(events("CHALLENGE_PASSED")).isEqualTo(1);
        assertThat(events("SIGN_IN_OK")).isEqualTo(1);
    }

    @Test
    void theOutboxPerMutualCodesIssuedAndMailsGivenUp() {
        // no SMTP server listens: the mail waits, then is given up after 4 attempts (2 + 4 + 8 s)
        var number = member("500003");
        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", number))).isEqualTo("Sent");

        await().atMost(Duration.ofSeconds(5)).until(() -> events("CODE_ISSUED") == 1);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                ManagementEndpoints.sample("memberspace_outbox_mails", "mutual=\"" + mutual + "\"", "status=\"pending\"") == 1);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                ManagementEndpoints.sample("memberspace_outbox_mails", "mutual=\"" + mutual + "\"", "status=\"failed\"") == 1);
        assertThat(events("MAIL_FAILED")).isEqualTo(1);
        assertThat(ManagementEndpoints.sample("memberspace_outbox_mails", "mutual=\"" + mutual + "\"", "status=\"pending\""))
                .isZero();
    }

    @Test
    void theDatasourcePoolIsMeasured() {
        var text = ManagementEndpoints.get("/prometheus").body();
        assertThat(text).containsPattern("(?m)^\\w*datasources\\w*\\{[^}]*MemberSpaceDS[^}]*\\} \\S+$");
    }
}
