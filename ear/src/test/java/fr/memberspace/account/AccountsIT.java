package fr.memberspace.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.password.PasswordChange;
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.activation.control.CodeCheck;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.request.RequestContext;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.throttle.control.StrangersBudget;
import fr.memberspace.time.MovableClock;

/** Sign-in, lockout, password changes and hashes through the accounts boundary, inside WildFly. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    static final String PASSWORD = "Adherent#2026ok";
    static final String NEW_PASSWORD = "Nouveau-Passe#2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(AccountsIT.class, Probe.class, Fixtures.class, MovableClock.class);
    }

    @EJB
    Accounts accounts;

    @EJB
    PasswordResets resets;

    @EJB
    Mutuals mutuals;

    @EJB
    Probe probe;

    String mutual;

    @BeforeEach
    void aMutualWithMembers() {
        MovableClock.reset();
        mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
        accounts.enrol(mutual, "100001", "Louis", "Bernard", "louis.bernard@example.org");
        accounts.enrol(mutual, "100002", "Chloé", "Dubois", "chloe.dubois@example.org");
        accounts.enrol(mutual, "193592", "Camille", "Martin", "camille.martin@example.org");
        accounts.importPasswordHash(mutual, "100002", argon2Of(PASSWORD), false);
        accounts.requireRenewal(mutual, "193592", "Ancien#Passe2024");
    }

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    RequestContext request() {
        return Fixtures.request(mutual);
    }

    String argon2Of(String password) {
        return new fr.memberspace.password.hash.PasswordHashes().hash(password);
    }

    @Test
    void anActiveMemberSignsInWithTheRightPassword() {
        var result = accounts.signIn(request(), "100002", PASSWORD);

        var signedIn = assertInstanceOf(SignIn.SignedIn.class, result);
        assertEquals("Chloé", signedIn.member().firstName());
        assertNotNull(probe.member(mutual, "100002").getLastSignInAt());
        assertTrue(probe.auditTypes(mutual, "100002").contains(AuditType.SIGN_IN_OK));
    }

    @Test
    void everyFailureIsTheSameRefusal() {
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "100002", "Wrong#Password1"));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "999999", PASSWORD));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "100001", ""));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "100001", "anything at all"));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "12ab'; --", PASSWORD));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "1".repeat(500), PASSWORD));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "100002", "x".repeat(10_000)));
    }

    @Test
    void aMemberWhoMustRenewIsNotSignedInWithTheOldPassword() {
        assertInstanceOf(SignIn.MustRenew.class, accounts.signIn(request(), "193592", "Ancien#Passe2024"));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "193592", "Ancien#Passe2025"));
        assertEquals(AccountStatus.MUST_RENEW, probe.member(mutual, "193592").getStatus());
    }

    @Test
    void fiveFailuresLockTheAccountForAMinuteThenTheRightPasswordWorks() {
        failSignIns("100002", 5);

        var locked = assertInstanceOf(SignIn.Wait.class, accounts.signIn(request(), "100002", PASSWORD));
        assertTrue(locked.retryAfter().compareTo(Duration.ofSeconds(60)) <= 0
                && locked.retryAfter().compareTo(Duration.ofSeconds(50)) > 0, () -> "wait " + locked.retryAfter());
        assertTrue(probe.auditTypes(mutual, "100002").contains(AuditType.ACCOUNT_LOCKED));

        MovableClock.advance(Duration.ofSeconds(61));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", PASSWORD));
    }

    @Test
    void anUnknownNumberIsLockedExactlyLikeARealOne() {
        failSignIns("999999", 5);

        var locked = assertInstanceOf(SignIn.Wait.class, accounts.signIn(request(), "999999", PASSWORD));
        assertTrue(locked.retryAfter().compareTo(Duration.ofSeconds(50)) > 0);
    }

    @Test
    void anAddressIsLimitedToTwentySignInsInTenMinutes() {
        var sameAddress = request();
        for (int i = 0; i < 20; i++) {
            assertInstanceOf(SignIn.Refused.class, accounts.signIn(sameAddress, String.valueOf(500000 + i), "Nope#12345678"));
        }

        assertInstanceOf(SignIn.Wait.class, accounts.signIn(sameAddress, "100002", PASSWORD));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", PASSWORD));
    }

    @Test
    void aResetWithAVerifiedCodeSetsThePasswordOnceAndNotifiesTheMember() {
        var grant = verifiedGrant("193592");

        var weak = reset("193592", grant, "court", "court");
        var rejected = assertInstanceOf(PasswordChange.Rejected.class, weak);
        assertTrue(rejected.violations().size() >= 2, () -> "violations " + rejected.violations());

        assertInstanceOf(PasswordChange.Changed.class,
                reset("193592", grant, NEW_PASSWORD, NEW_PASSWORD));
        assertInstanceOf(PasswordChange.NotAllowed.class,
                reset("193592", grant, "Autre-Passe#2027", "Autre-Passe#2027"));

        assertEquals(AccountStatus.ACTIVE, probe.member(mutual, "193592").getStatus());
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "193592", NEW_PASSWORD));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "193592", "Ancien#Passe2024"));
        var notice = probe.mailTexts(mutual, "193592", "PASSWORD_CHANGED");
        assertEquals(1, notice.size());
        assertTrue(notice.get(0).contains("a été modifié"), notice.get(0));
    }

    @Test
    void aFirstConnectionMemberChoosesAPasswordThenSignsIn() {
        var grant = verifiedGrant("100001");

        assertInstanceOf(PasswordChange.Changed.class,
                reset("100001", grant, NEW_PASSWORD, NEW_PASSWORD));

        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100001", NEW_PASSWORD));
    }

    @Test
    void thePolicyRefusesTheMembersNameARecentPasswordAndAMismatch() {
        assertEquals(List.of("password.notMemberData"), violationKeys("100001", "Bernard#Louis2026", "Bernard#Louis2026"));
        assertTrue(violationKeys("100001", NEW_PASSWORD, NEW_PASSWORD + "x").contains("password.confirmationMatches"));

        var grant = verifiedGrant("100001");
        reset("100001", grant, NEW_PASSWORD, NEW_PASSWORD);
        MovableClock.advance(Duration.ofMinutes(2));
        assertEquals(List.of("password.notRecentlyUsed"), violationKeys("100001", NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void aMemberWhoMustRenewCannotKeepTheCurrentPassword() {
        assertEquals(List.of("password.notRecentlyUsed"), violationKeys("193592", "Ancien#Passe2024", "Ancien#Passe2024"));
    }

    @Test
    void aResetWithoutAVerifiedCodeIsNotAllowed() {
        assertInstanceOf(PasswordChange.NotAllowed.class,
                reset("100001", "forged-grant", NEW_PASSWORD, NEW_PASSWORD));
        assertInstanceOf(PasswordChange.NotAllowed.class,
                reset("100001", null, NEW_PASSWORD, NEW_PASSWORD));
        assertInstanceOf(PasswordChange.NotAllowed.class,
                reset("999999", "forged-grant", NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void aGrantExpiresAfterFifteenMinutes() {
        var grant = verifiedGrant("100001");
        MovableClock.advance(Duration.ofMinutes(16));

        assertInstanceOf(PasswordChange.NotAllowed.class,
                reset("100001", grant, NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void anImportedPbkdf2HashSignsInAndIsUpgradedToArgon2id() throws Exception {
        accounts.importPasswordHash(mutual, "100001", pbkdf2Of("Ancien-Site#2019"), false);

        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100001", "Ancien-Site#2019"));

        assertTrue(probe.passwordHash(mutual, "100001").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertTrue(probe.auditTypes(mutual, "100001").contains(AuditType.PASSWORD_REHASHED));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100001", "Ancien-Site#2019"));
    }

    @Test
    void anImportedBcryptHashSignsInAndIsUpgradedToArgon2id() {
        // bcrypt of "Forêt#Sombre2027x", made by glibc's crypt(3)
        signsInThenIsUpgraded("$2b$06$abcdefghijklmnopqrstuuZvPaWWYalgk3PZYWahz8RYM9bDzgWIa");
    }

    @Test
    void anImportedSha512CryptHashSignsInAndIsUpgradedToArgon2id() {
        // SHA-512-crypt of "Forêt#Sombre2027x", made by glibc's crypt(3)
        signsInThenIsUpgraded(
                "$6$abcdefgh$ThBZIeMVe39/If/uN7mDEl/ZeoTsHdhnoQXziWWkHK9ZOG0WbRat9jOSDcrkBbHvB8l0/YdzQJqUT5IAz54dN0");
    }

    private void signsInThenIsUpgraded(String imported) {
        accounts.importPasswordHash(mutual, "100001", imported, false);

        assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "100001", "Foret#Sombre2027x"));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100001", "Forêt#Sombre2027x"));

        assertTrue(probe.passwordHash(mutual, "100001").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100001", "Forêt#Sombre2027x"));
    }

    @Test
    void anUnsaltedDigestIsRefusedAtImportAndNothingChanges() {
        var before = probe.passwordHash(mutual, "100002");

        var refused = org.junit.jupiter.api.Assertions.assertThrows(jakarta.ejb.EJBException.class,
                () -> accounts.importPasswordHash(mutual, "100002", "41cc7d90dfcd2b82d765943893da428009d2ac33", false));

        assertTrue(String.valueOf(refused.getCause()).contains("UNSALTED_DIGEST"), String.valueOf(refused.getCause()));
        org.junit.jupiter.api.Assertions.assertEquals(before, probe.passwordHash(mutual, "100002"));
    }

    @Test
    void aHashWithWeakerParametersIsRehashedAtSignIn() {
        var weak = new fr.memberspace.password.hash.PasswordHashes(
                new fr.memberspace.password.hash.HashParameters(8192, 1, 1)).hash(PASSWORD);
        accounts.importPasswordHash(mutual, "100002", weak, false);

        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", PASSWORD));

        assertTrue(probe.passwordHash(mutual, "100002").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void aSignedInMemberChangesThePasswordWithTheCurrentOne() {
        assertInstanceOf(PasswordChange.NotAllowed.class,
                accounts.changePassword(request(), "100002", "Wrong#Password1", NEW_PASSWORD, NEW_PASSWORD));
        assertInstanceOf(PasswordChange.Changed.class,
                accounts.changePassword(request(), "100002", PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", NEW_PASSWORD));
    }

    @Test
    void passwordsNeverReachTheAuditTrailAndHashesArePhcStrings() {
        accounts.signIn(request(), "100002", "Wrong#Password1");
        accounts.signIn(request(), "100002", PASSWORD);

        assertTrue(probe.auditTexts(mutual, "100002").stream()
                .noneMatch(text -> text.contains("Wrong#Password1") || text.contains(PASSWORD) || text.contains("$argon2")));
        assertTrue(probe.passwordHash(mutual, "100002").matches("\\$argon2id\\$v=19\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+"));
    }

    @Test
    void theMutualsRulesAreDescribedInOrder() {
        var keys = accounts.passwordRules(mutual).stream().map(r -> r.key()).toList();

        assertEquals(List.of("password.minimumLength", "password.maximumLength", "password.characterClasses",
                "password.forbiddenCharacters", "password.notCommon", "password.notMemberData",
                "password.notRecentlyUsed", "password.confirmationMatches"), keys);
        assertEquals(List.of(12), accounts.passwordRules(mutual).get(0).parameters());
    }

    @Test
    void aWrongAntiRobotAnswerSetsNoPasswordAndKeepsTheGrant() {
        var grant = verifiedGrant("100001");
        var challenge = resets.challenge(request(), java.util.Locale.FRENCH, false);

        assertInstanceOf(PasswordChange.ChallengeFailed.class, resets.setPassword(request(), "100001", grant,
                challenge.id(), "not-the-picture", NEW_PASSWORD, NEW_PASSWORD));
        assertInstanceOf(PasswordChange.Changed.class, reset("100001", grant, NEW_PASSWORD, NEW_PASSWORD));
    }

    @Test
    void strangersElsewhereCannotLockTheMemberOutOfTheirOwnDevice() {
        var device = assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", PASSWORD)).deviceTicket();

        for (int i = 0; i < StrangersBudget.WRONG_PASSWORDS_PER_DAY; i++) {
            MovableClock.advance(Duration.ofMinutes(3)); // past every delay and lock: only the day's budget counts
            assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), "100002", "Wrong#Password" + i), "try " + i);
        }
        MovableClock.advance(Duration.ofMinutes(3));

        var others = assertInstanceOf(SignIn.Wait.class, accounts.signIn(request(), "100002", PASSWORD));
        assertTrue(others.retryAfter().compareTo(Duration.ofHours(20)) > 0, () -> "wait " + others.retryAfter());
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(fromDevice(device), "100002", PASSWORD));
        MovableClock.advance(Duration.ofDays(1));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", PASSWORD));
    }

    @Test
    void aDeviceTicketOfAnotherNumberOrForgedIsNoTicket() {
        var device = assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(request(), "100002", PASSWORD)).deviceTicket();
        failSignIns("999999", 5);
        var forged = device.substring(0, device.length() - 1) + (device.endsWith("0") ? "1" : "0");

        assertInstanceOf(SignIn.Wait.class, accounts.signIn(fromDevice(device), "999999", PASSWORD));
        failSignIns("100002", 5);
        assertInstanceOf(SignIn.Wait.class, accounts.signIn(fromDevice(forged), "100002", PASSWORD));
        assertInstanceOf(SignIn.SignedIn.class, accounts.signIn(fromDevice(device), "100002", PASSWORD));
    }

    RequestContext fromDevice(String ticket) {
        var request = request();
        return new RequestContext(request.mutualCode(), request.clientAddress(), request.userAgent(), request.locale(), ticket);
    }

    @Test
    void aMissingRequestIsRefusedByBeanValidation() {
        assertThrows(EJBException.class, () -> accounts.signIn(null, "100002", PASSWORD));
    }

    void failSignIns(String number, int times) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                MovableClock.advance(Duration.ofSeconds(31)); // past the growing delays between tries
            }
            assertInstanceOf(SignIn.Refused.class, accounts.signIn(request(), number, "Wrong#Password" + i));
        }
    }

    String verifiedGrant(String number) {
        var request = request();
        resets.requestCode(request, number);
        var mails = probe.mailTexts(mutual, number, "ACTIVATION_CODE");
        var code = Fixtures.codeIn(mails.get(mails.size() - 1));
        return ((CodeCheck.Accepted) resets.verifyCode(request, number, code)).grant();
    }

    /** The wizard's last step, with the right anti-robot answer. */
    PasswordChange reset(String number, String grant, String password, String confirmation) {
        var challenge = resets.challenge(request(), java.util.Locale.FRENCH, false);
        return resets.setPassword(request(), number, grant, challenge.id(), probe.challengeAnswer(challenge.id()),
                password, confirmation);
    }

    List<String> violationKeys(String number, String password, String confirmation) {
        var grant = verifiedGrant(number);
        MovableClock.advance(Duration.ofSeconds(61));
        var change = reset(number, grant, password, confirmation);
        return change instanceof PasswordChange.Rejected rejected
                ? rejected.violations().stream().map(v -> v.key()).toList() : List.of(change.toString());
    }

    static String pbkdf2Of(String password) throws Exception {
        var salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        var spec = new PBEKeySpec(password.toCharArray(), salt, 100_000, 256);
        var hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        var b64 = Base64.getEncoder().withoutPadding();
        return "$pbkdf2-sha256$i=100000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}
