package fr.memberspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;

/**
 * The invitations after an import, end to end on the test server: the run's new members with
 * an address and no password each get the support desk's first-connection invitation (a link
 * to the wizard, no code), spaced at the mutual's pace in the outbox (60 a minute: one a
 * second), so the first ones arrive while the later ones are not due yet; a restarted step
 * queues none twice.
 */
@ExtendWith(ArquillianExtension.class)
class ImportInvitationsIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(Mailboxes.SMTP_SERVER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @TempDir
    Path folder;

    @Test
    void newMembersAreInvitedAtTheMutualsPaceOnceEach() throws Exception {
        var mutual = Http.newMutual("Mutuelle Import");
        Http.support("imports/rate", Map.of("mutual", mutual, "perMinute", "60"));
        // an existing member with a password: updated by the file, never invited
        Http.support("members", Map.of("mutual", mutual, "number", "500000", "firstName", "Anne",
                "lastName", "Ancienne", "email", address(mutual, "500000")));
        Http.support("password", Map.of("mutual", mutual, "number", "500000", "password", "Adherent#2026ok"));
        var csv = new StringBuilder("numero;nom;prenom;email\n");
        csv.append("500000;Ancienne;Anne;").append(address(mutual, "500000")).append('\n');
        for (int i = 1; i <= 5; i++) {
            csv.append("50000").append(i).append(";Nouveau;Membre ").append(i).append(';')
                    .append(address(mutual, "50000" + i)).append('\n');
        }
        csv.append("500009;Sans;Adresse;\n");
        var file = Files.writeString(folder.resolve("members.csv"), csv, StandardCharsets.UTF_8);

        var run = Http.support("imports/start", Map.of("mutual", mutual, "file", file.toString(), "invite", "true"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(Deployments.SUPPORT_CONTEXT + "/imports/run?id=" + run)
                .body().startsWith("COMPLETED"));

        var queued = invitations(mutual);
        assertThat(queued).extracting(Invitation::number).containsExactly("500001", "500002", "500003", "500004", "500005");
        for (int i = 1; i < queued.size(); i++) {
            assertThat(queued.get(i).dueAt() - queued.get(i - 1).dueAt()).as("spacing").isBetween(999L, 1001L);
        }

        // the first one arrives while the last one, four seconds later, is not due yet
        var first = awaitMailTo(address(mutual, "500001"));
        assertThat(invitations(mutual).get(4).status()).isEqualTo("PENDING");
        assertThat(first.getSubject()).isEqualTo("Créez le mot de passe de votre espace adhérent");
        var text = (String) ((Multipart) first.getContent()).getBodyPart(0).getContent();
        assertThat(text).contains(Http.BASE + "/" + mutual + "/mot-de-passe").contains("500001");
        assertThat(Pattern.compile("\\b[0-9]{6}\\b").matcher(text).results().map(m -> m.group())
                .filter(digits -> !digits.startsWith("50000"))).as("no code in the mail").isEmpty();

        // then all of them, each not before its time
        await().atMost(Duration.ofSeconds(40)).until(() -> invitations(mutual).stream().allMatch(i -> "SENT".equals(i.status())));
        assertThat(invitations(mutual)).allSatisfy(i -> assertThat(i.sentAt()).isGreaterThanOrEqualTo(i.dueAt()));
        for (int i = 1; i <= 5; i++) {
            awaitMailTo(address(mutual, "50000" + i));
        }
        assertThat(mailsTo(address(mutual, "500000"))).isEmpty();

        // a restarted step finds them queued already
        assertThat(Http.support("imports/invite-again", Map.of("mutual", mutual, "run", run))).isEqualTo("0");
        assertThat(invitations(mutual)).hasSize(5);
    }

    @Test
    void withoutInvitationsAskedNoneIsQueued() throws Exception {
        var mutual = Http.newMutual("Mutuelle Import");
        var file = Files.writeString(folder.resolve("members.csv"),
                "numero;nom;prenom;email\n510001;Nouveau;Membre;" + address(mutual, "510001") + "\n");

        var run = Http.support("imports/start", Map.of("mutual", mutual, "file", file.toString(), "invite", "false"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(Deployments.SUPPORT_CONTEXT + "/imports/run?id=" + run)
                .body().startsWith("COMPLETED created=1"));

        assertThat(invitations(mutual)).isEmpty();
    }

    record Invitation(String number, String status, long dueAt, long sentAt) {
    }

    static List<Invitation> invitations(String mutual) {
        var body = Http.get(Deployments.SUPPORT_CONTEXT + "/imports/invitations?mutual=" + mutual).body();
        return body.isBlank() ? List.of() : body.lines().map(line -> line.split(";")).map(f -> new Invitation(f[0], f[1],
                Long.parseLong(f[2]), "-".equals(f[3]) ? -1 : Long.parseLong(f[3]))).toList();
    }

    static String address(String mutual, String number) {
        return number + "@" + mutual + ".example.org";
    }

    static MimeMessage awaitMailTo(String address) throws Exception {
        return Mailboxes.awaitMailTo(SMTP, address, Duration.ofSeconds(30));
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> Mailboxes.recipientIs(m, address)).toList();
    }
}
