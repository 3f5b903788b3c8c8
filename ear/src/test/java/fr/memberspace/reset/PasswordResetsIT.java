package fr.memberspace.reset;

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
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.activation.control.CodeCheck;
import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.activation.entity.ActivationCode;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.request.RequestContext;
import fr.memberspace.reset.boundary.CodeRequest;
import fr.memberspace.reset.boundary.Identification;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.time.MovableClock;

/** The reset wizard's codes through its one door, inside WildFly, on the real database. */
@ExtendWith(ArquillianExtension.class)
class PasswordResetsIT {

    static final String MAIL = "ACTIVATION_CODE";
    static final String PASSWORD = "Adherent#2026ok";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(PasswordResetsIT.class, Probe.class, Fixtures.class, MovableClock.class);
    }

    @EJB
    PasswordResets resets;

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
        assertInstanceOf(CodeRequest.Sent.class, resets.requestCode(request, "100001"));
        var mails = probe.mailTexts(mutual, "100001", MAIL);
        return Fixtures.codeIn(mails.get(mails.size() - 1));
    }

    @Test
    void aCodeIsSixRandomDigitsMailedToTheMemberWithTheGuidesWording() {
        var sent = (CodeRequest.Sent) resets.requestCode(request, "100001");

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
    void anAddressTypesThirtyNumbersInTenMinutesThenWaits() {
        for (int i = 0; i < 30; i++) {
            var shown = assertInstanceOf(Identification.Shown.class, resets.identify(request, "9" + (100000 + i)));
            assertEquals("9" + (100000 + i), shown.number());
        }

        var refused = assertInstanceOf(Identification.Wait.class, resets.identify(request, "100001"));
        assertTrue(refused.retryAfter().compareTo(Duration.ZERO) > 0, refused.toString());
        assertEquals(List.of(AuditType.IDENTIFY_THROTTLED), probe.auditTypes(mutual, "100001"));
        // another address is not slowed down
        assertInstanceOf(Identification.Shown.class, resets.identify(Fixtures.request(mutual), "100001"));

        MovableClock.advance(Duration.ofMinutes(11));
        assertInstanceOf(Identification.Shown.class, resets.identify(request, "100001"));
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

        var accepted = resets.verifyCode(request, "100001", code);
        assertInstanceOf(CodeCheck.Accepted.class, accepted);
        assertEquals(List.of(ActivationCode.Status.VERIFIED), probe.codeStatuses(mutual, "100001"));
        assertInstanceOf(CodeCheck.NoLongerValid.class, resets.verifyCode(request, "100001", code));
    }

    @Test
    void aCodeTypedWithSpacesOrFullWidthDigitsIsStillTheCode() {
        var code = requestAndReadCode();
        var spaced = code.substring(0, 3) + " " + code.substring(3);

        assertInstanceOf(CodeCheck.Accepted.class, resets.verifyCode(request, "100001", spaced));
    }

    @Test
    void fiveWrongTriesKillTheCode() {
        var code = requestAndReadCode();
        var wrong = code.equals("000000") ? "111111" : "000000";

        for (int left = 4; left >= 0; left--) {
            assertEquals(new CodeCheck.Wrong(left), resets.verifyCode(request, "100001", wrong));
        }
        assertInstanceOf(CodeCheck.NoLongerValid.class, resets.verifyCode(request, "100001", code));
        assertTrue(probe.auditTypes(mutual, "100001").contains(AuditType.CODE_EXHAUSTED));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        var code = requestAndReadCode();

        MovableClock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertInstanceOf(CodeCheck.Expired.class, resets.verifyCode(request, "100001", code));
        assertInstanceOf(CodeCheck.Expired.class, resets.verifyCode(request, "100001", code));
    }

    @Test
    void aCodeJustBeforeExpiryIsAccepted() {
        var code = requestAndReadCode();

        MovableClock.advance(Duration.ofMinutes(10).minusSeconds(5));

        assertInstanceOf(CodeCheck.Accepted.class, resets.verifyCode(request, "100001", code));
    }

    @Test
    void aNewCodeRevokesTheOlderOne() {
        var first = requestAndReadCode();
        MovableClock.advance(Duration.ofSeconds(61));
        var second = requestAndReadCode();
        for (int more = 0; more < 3 && second.equals(first); more++) { // one chance in a million each
            MovableClock.advance(Duration.ofSeconds(61));
            second = requestAndReadCode();
        }

        assertNotEquals(first, second);
        assertEquals(ActivationCode.Status.REVOKED, probe.codeStatuses(mutual, "100001").get(0));
        assertEquals(ActivationCode.Status.PENDING, probe.codeStatuses(mutual, "100001").get(probe.codeStatuses(mutual, "100001").size() - 1));
        assertInstanceOf(CodeCheck.Wrong.class, resets.verifyCode(request, "100001", first));
        assertInstanceOf(CodeCheck.Accepted.class, resets.verifyCode(request, "100001", second));
    }

    @Test
    void aSecondCodeWithinTheCooldownIsRefusedWithTheWait() {
        requestAndReadCode();
        MovableClock.advance(Duration.ofSeconds(59));

        var refused = resets.requestCode(request, "100001");

        var wait = assertInstanceOf(CodeRequest.Wait.class, refused);
        assertTrue(wait.retryAfter().compareTo(Duration.ofSeconds(1)) <= 0 && !wait.retryAfter().isNegative(),
                () -> "retry after " + wait.retryAfter());
        assertEquals(1, probe.mails(mutual, "100001"));
        MovableClock.advance(Duration.ofSeconds(1));
        assertInstanceOf(CodeRequest.Sent.class, resets.requestCode(request, "100001"));
    }

    @Test
    void atMostFourCodesADayFromTheSameClient() {
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(CodeRequest.Sent.class, resets.requestCode(Fixtures.request(mutual), "100001"));
            MovableClock.advance(Duration.ofSeconds(61));
        }

        // the first code leaves the day 24 h after it was sent, 4 x 61 s ago
        assertRefused("code.request.daily-limit", Duration.ofDays(1).minusSeconds(4 * 61));
        assertEquals(4, probe.mails(mutual, "100001"));
    }

    @Test
    void theMutualsHourlyLimitApplies() {
        probe.codePolicy(mutual, new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 2));
        for (int i = 0; i < 2; i++) {
            assertInstanceOf(CodeRequest.Sent.class, resets.requestCode(Fixtures.request(mutual), "100001"));
            MovableClock.advance(Duration.ofSeconds(61));
        }

        assertRefused("code.request.hourly-limit", Duration.ofHours(1).minusSeconds(2 * 61));
    }

    /** The next code is refused for this reason, for this long (less the few seconds the test took). */
    void assertRefused(String reasonKey, Duration expected) {
        var refused = assertInstanceOf(CodeRequest.Wait.class, resets.requestCode(Fixtures.request(mutual), "100001"));
        assertEquals(reasonKey, refused.reasonKey());
        assertTrue(refused.retryAfter().compareTo(expected) <= 0
                && refused.retryAfter().compareTo(expected.minusSeconds(5)) > 0, () -> "retry after " + refused.retryAfter());
    }

    @Test
    void strangersCanNeitherUseUpNorBurnTheCodesOfTheMembersDevice() {
        accounts.importPasswordHash(mutual, "100001", new fr.memberspace.password.hash.PasswordHashes().hash(PASSWORD), false);
        var signedIn = assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(Fixtures.request(mutual), "100001", PASSWORD));
        var base = Fixtures.request(mutual);
        var device = new RequestContext(mutual, base.clientAddress(), base.userAgent(), base.locale(), signedIn.deviceTicket());
        for (int i = 0; i < 4; i++) {
            MovableClock.advance(Duration.ofSeconds(61));
            assertInstanceOf(CodeRequest.Sent.class, resets.requestCode(Fixtures.request(mutual), "100001"));
        }
        assertInstanceOf(CodeRequest.Wait.class, resets.requestCode(Fixtures.request(mutual), "100001"));

        assertInstanceOf(CodeRequest.Sent.class, resets.requestCode(device, "100001"));
        var mails = probe.mailTexts(mutual, "100001", MAIL);
        var code = Fixtures.codeIn(mails.get(mails.size() - 1));
        var wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            resets.verifyCode(Fixtures.request(mutual), "100001", wrong);
        }

        assertInstanceOf(CodeCheck.Accepted.class, resets.verifyCode(device, "100001", code));
    }

    @Test
    void anUnknownNumberGetsTheSameAnswersAndNoMail() {
        var first = resets.requestCode(request, "999999");
        var sent = assertInstanceOf(CodeRequest.Sent.class, first);
        assertTrue(sent.maskedEmail().matches("[a-z0-9]\\*{3,8}[a-z0-9]?@[a-z.]+"), sent.maskedEmail());
        assertEquals(sent.maskedEmail(), ((Identification.Shown) resets.identify(request, "999999")).maskedEmail());
        assertNotEquals(sent.maskedEmail(), ((Identification.Shown) resets.identify(request, "999998")).maskedEmail());
        assertEquals(0, probe.mails(mutual, "999999"));

        assertInstanceOf(CodeRequest.Wait.class, resets.requestCode(request, "999999"));
        assertEquals(new CodeCheck.Wrong(4), resets.verifyCode(request, "999999", "123456"));
        assertEquals(List.of(AuditType.CODE_ISSUED_UNKNOWN_MEMBER, AuditType.CODE_REFUSED, AuditType.CODE_FAILED),
                probe.auditTypes(mutual, "999999"));
    }

    @Test
    void checkingWithoutAnyCodeSaysSo() {
        assertInstanceOf(CodeCheck.NoCode.class, resets.verifyCode(request, "100001", "123456"));
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
                        return resets.verifyCode(Fixtures.request(mutual), "100001", code);
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
        resets.verifyCode(request, "100001", "000001");
        resets.verifyCode(request, "100001", code);

        assertTrue(probe.auditTexts(mutual, "100001").stream().noneMatch(text -> text.contains(code)));
    }
}
