package fr.memberspace.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.activation.boundary.Activations;
import fr.memberspace.activation.boundary.CodeCheck;
import fr.memberspace.activation.boundary.CodeRequest;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.request.RequestContext;
import fr.memberspace.time.MovableClock;

/** Activation codes through their boundary, inside WildFly, on the real database. */
@ExtendWith(ArquillianExtension.class)
class ActivationsIT {

    static final String MAIL = "ACTIVATION_CODE";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(ActivationsIT.class, Probe.class, Fixtures.class, MovableClock.class);
    }

    @EJB
    Activations activations;

    @EJB
    Accounts accounts;

    @EJB
    Mutuals mutuals;

    @EJB
    Probe probe;

    String mutual;
    RequestContext request;

    @BeforeEach
    void aMutualWithAMember() {
        MovableClock.reset();
        mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
        accounts.enrol(mutual, "100001", "Louis", "Bernard", "louis.bernard@example.org");
        request = Fixtures.request(mutual);
    }

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    String requestAndReadCode() {
        assertInstanceOf(CodeRequest.Sent.class, activations.requestCode(request, "100001"));
        var mails = probe.mailTexts(mutual, "100001", MAIL);
        return Fixtures.codeIn(mails.get(mails.size() - 1));
    }

    @Test
    void aCodeIsSixRandomDigitsMailedToTheMemberWithTheGuidesWording() {
        var sent = (CodeRequest.Sent) activations.requestCode(request, "100001");

        assertEquals("l********d@example.org", sent.maskedEmail());
        assertEquals(Duration.ofMinutes(10), sent.validity());
        var text = probe.mailTexts(mutual, "100001", MAIL).get(0);
        assertTrue(text.startsWith("Vous avez demandé la création de votre mot de passe pour votre première connexion."
                + " Voici votre code d'activation : "), text);
        assertTrue(text.contains("Merci de ne pas répondre à ce mail."), text);
        assertTrue(Fixtures.codeIn(text).matches("[0-9]{6}"));
        assertEquals(List.of(AuditType.CODE_ISSUED), probe.auditTypes(mutual, "100001"));
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHash() {
        var code = requestAndReadCode();

        var stored = probe.codeHashes(mutual, "100001");
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).matches("[0-9a-f]{8}:[0-9a-f]{64}"), stored.get(0)); // key id, HMAC
        assertFalse(stored.get(0).contains(code));
    }

    @Test
    void theLengthOfCodesIsSetPerMutual() {
        probe.codeLength(mutual, 8);

        assertTrue(requestAndReadCode().matches("[0-9]{8}"));
    }

    @Test
    void theRightCodeIsAcceptedOnceOnly() {
        var code = requestAndReadCode();

        var accepted = activations.verify(request, "100001", code);
        assertInstanceOf(CodeCheck.Accepted.class, accepted);
        assertTrue(activations.grantIsValid(mutual, "100001", ((CodeCheck.Accepted) accepted).grant()));
        assertInstanceOf(CodeCheck.NoLongerValid.class, activations.verify(request, "100001", code));
    }

    @Test
    void aCodeTypedWithSpacesOrFullWidthDigitsIsStillTheCode() {
        var code = requestAndReadCode();
        var spaced = code.substring(0, 3) + " " + code.substring(3);

        assertInstanceOf(CodeCheck.Accepted.class, activations.verify(request, "100001", spaced));
    }

    @Test
    void fiveWrongTriesKillTheCode() {
        var code = requestAndReadCode();
        var wrong = code.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 0; left--) {
            assertEquals(new CodeCheck.Wrong(left), activations.verify(request, "100001", wrong));
        }
        assertInstanceOf(CodeCheck.NoLongerValid.class, activations.verify(request, "100001", code));
        assertTrue(probe.auditTypes(mutual, "100001").contains(AuditType.CODE_EXHAUSTED));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        var code = requestAndReadCode();

        MovableClock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertInstanceOf(CodeCheck.Expired.class, activations.verify(request, "100001", code));
        assertInstanceOf(CodeCheck.Expired.class, activations.verify(request, "100001", code));
    }

    @Test
    void aCodeJustBeforeExpiryIsAccepted() {
        var code = requestAndReadCode();

        MovableClock.advance(Duration.ofMinutes(10).minusSeconds(5));

        assertInstanceOf(CodeCheck.Accepted.class, activations.verify(request, "100001", code));
    }

    @Test
    void aNewCodeRevokesTheOlderOne() {
        var first = requestAndReadCode();
        MovableClock.advance(Duration.ofSeconds(61));
        var second = requestAndReadCode();

        if (!first.equals(second)) {
            assertInstanceOf(CodeCheck.Wrong.class, activations.verify(request, "100001", first));
        }
        assertInstanceOf(CodeCheck.Accepted.class, activations.verify(request, "100001", second));
    }

    @Test
    void aSecondCodeWithinTheCooldownIsRefusedWithTheWait() {
        requestAndReadCode();
        MovableClock.advance(Duration.ofSeconds(59));

        var refused = activations.requestCode(request, "100001");

        var wait = assertInstanceOf(CodeRequest.Wait.class, refused);
        assertTrue(wait.retryAfter().compareTo(Duration.ofSeconds(1)) <= 0 && !wait.retryAfter().isNegative(),
                () -> "retry after " + wait.retryAfter());
        assertEquals(1, probe.mails(mutual, "100001"));
        MovableClock.advance(Duration.ofSeconds(1));
        assertInstanceOf(CodeRequest.Sent.class, activations.requestCode(request, "100001"));
    }

    @Test
    void atMostFiveCodesAnHour() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(CodeRequest.Sent.class, activations.requestCode(Fixtures.request(mutual), "100001"));
            MovableClock.advance(Duration.ofSeconds(61));
        }

        var refused = assertInstanceOf(CodeRequest.Wait.class, activations.requestCode(Fixtures.request(mutual), "100001"));

        assertTrue(refused.reasonKey().contains("hour") || refused.reasonKey().contains("Hour"), refused.reasonKey());
        assertEquals(5, probe.mails(mutual, "100001"));
    }

    @Test
    void anUnknownNumberGetsTheSameAnswersAndNoMail() {
        var first = activations.requestCode(request, "999999");
        var sent = assertInstanceOf(CodeRequest.Sent.class, first);
        assertTrue(sent.maskedEmail().matches("[a-z0-9]\\*{3,8}[a-z0-9]?@[a-z.]+"), sent.maskedEmail());
        assertEquals(sent.maskedEmail(), activations.maskedEmail(request, "999999"));
        assertNotEquals(sent.maskedEmail(), activations.maskedEmail(request, "999998"));
        assertEquals(0, probe.mails(mutual, "999999"));

        assertInstanceOf(CodeRequest.Wait.class, activations.requestCode(request, "999999"));
        assertEquals(new CodeCheck.Wrong(4), activations.verify(request, "999999", "123456"));
        assertEquals(List.of(AuditType.CODE_ISSUED_UNKNOWN_MEMBER, AuditType.CODE_REFUSED, AuditType.CODE_FAILED),
                probe.auditTypes(mutual, "999999"));
    }

    @Test
    void checkingWithoutAnyCodeSaysSo() {
        assertInstanceOf(CodeCheck.NoCode.class, activations.verify(request, "100001", "123456"));
    }

    @Test
    void twoParallelSubmissionsOfTheRightCodeAcceptItExactlyOnce() throws Exception {
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 4; round++) {
                MovableClock.advance(Duration.ofSeconds(61));
                var code = requestAndReadCode();
                var start = new CountDownLatch(1);
                List<Callable<CodeCheck>> tries = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    tries.add(() -> {
                        start.await();
                        return activations.verify(Fixtures.request(mutual), "100001", code);
                    });
                }
                List<Future<CodeCheck>> results = new ArrayList<>();
                for (var attempt : tries) {
                    results.add(pool.submit(attempt));
                }
                start.countDown();
                int accepted = 0;
                for (var result : results) {
                    if (result.get() instanceof CodeCheck.Accepted) {
                        accepted++;
                    }
                }
                assertEquals(1, accepted, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void codesNeverReachTheAuditTrail() {
        var code = requestAndReadCode();
        activations.verify(request, "100001", "000001");
        activations.verify(request, "100001", code);

        assertTrue(probe.auditTexts(mutual, "100001").stream().noneMatch(text -> text.contains(code)));
    }
}
