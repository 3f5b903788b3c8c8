package fr.memberspace.password.policy;

import fr.memberspace.password.rule.MemberData;
import fr.memberspace.password.rule.PasswordAttempt;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.password.rule.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordPolicyTest {

    private static final BiPredicate<String, String> FAKE_HASH = (password, hash) -> hash.equals("hash:" + password);
    private static final MemberData MEMBER = new MemberData("193592", "Xavier", "Dupont", "xavier.dupont@mail.com");

    private final PasswordPolicy mcrn = new PasswordPolicy(PasswordSettings.DEFAULT, FAKE_HASH);

    private static PasswordAttempt attempt(String password) {
        return new PasswordAttempt(password, password, MEMBER);
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::key).toList();
    }

    @Test
    void theDefaultIsTheGuidesPolicy() {
        assertThat(PasswordSettings.DEFAULT)
                .isEqualTo(new PasswordSettings(12, 128, 3, "'%\\_", true, true, 5));
    }

    @Test
    void describesItsRulesInOrderWithTheirParameters() {
        assertThat(mcrn.requirements()).containsExactly(
                Requirement.of("password.minimumLength", 12),
                Requirement.of("password.maximumLength", 128),
                Requirement.of("password.characterClasses", 3, 4),
                Requirement.of("password.forbiddenCharacters", "'%\\_"),
                Requirement.of("password.notCommon"),
                Requirement.of("password.notMemberData"),
                Requirement.of("password.notRecentlyUsed", 5),
                Requirement.of("password.confirmationMatches"));
    }

    @Test
    void leavesOutTheRulesAMutualTurnsOff() {
        PasswordSettings bare = PasswordSettings.DEFAULT.withRequiredClasses(0).withForbiddenCharacters("")
                .withBlocklist(false).withMemberData(false).withHistorySize(0).withMinLength(8);

        assertThat(new PasswordPolicy(bare, FAKE_HASH).requirements()).extracting(Requirement::key).containsExactly(
                "password.minimumLength", "password.maximumLength", "password.confirmationMatches");
    }

    @ParameterizedTest(name = "seed example [{0}] is accepted")
    @ValueSource(strings = {
            "Tournesol!Moulin7",                  // 17 characters, 4 classes
            "tournesol moulin 7",                 // lower case, space (special), digit
            "TOURNESOL-MOULIN7",                  // upper case, special, digit
            "Cr\u00eapeBl\u00e9Noir42",          // upper, lower (accented), digit
            "\u00c9T\u00c9 \u00e0 la ferme !",    // accented upper and lower, special
    })
    void seedExamplesAccepted(String password) {
        assertThat(mcrn.check(attempt(password))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] breaks {1}")
    @CsvSource(delimiter = '|', value = {
            "Moulin!2024             | password.minimumLength",
            "moulintournesol         | password.characterClasses",
            "Aujourd'hui!2024        | password.forbiddenCharacters",
            "Pourcent%Moulin7        | password.forbiddenCharacters",
            "Anti\\Slash!Moulin7     | password.forbiddenCharacters",
            "Moulin_Tournesol7       | password.forbiddenCharacters",
            "Qwerty123456            | password.notCommon",
            "1Qaz2wsx3edc            | password.notCommon",
            "Adherent-193592         | password.notMemberData",
            "Xavier!Tournesol7       | password.notMemberData",
            "X.DUPONT!tournesol      | password.notMemberData",
    })
    void eachSeedRuleIsEnforced(String password, String key) {
        assertThat(keys(mcrn.check(attempt(password)))).containsExactly(key);
    }

    @Test
    void reportsEveryViolationAtOnceInRuleOrder() {
        List<Violation> violations = mcrn.check(new PasswordAttempt("azerty_", "azerty", MEMBER));

        assertThat(violations).containsExactly(
                new Violation("password.minimumLength", List.of(12)),
                new Violation("password.characterClasses", List.of(3, 4)),
                new Violation("password.forbiddenCharacters", List.of("'%\\_")),
                new Violation("password.confirmationMatches", List.of()));
    }

    @Test
    void refusesOneOfTheLastFivePasswords() {
        var history = List.of("hash:Tournesol!Moulin1", "hash:Tournesol!Moulin2", "hash:Tournesol!Moulin3",
                "hash:Tournesol!Moulin4", "hash:Tournesol!Moulin5", "hash:Tournesol!Moulin6");

        assertThat(keys(mcrn.check(new PasswordAttempt("Tournesol!Moulin5", "Tournesol!Moulin5", MEMBER, history))))
                .containsExactly("password.notRecentlyUsed");
        assertThat(mcrn.check(new PasswordAttempt("Tournesol!Moulin6", "Tournesol!Moulin6", MEMBER, history))).isEmpty();
    }

    @ParameterizedTest(name = "NFC [{0}] and NFD [{1}] get the same verdict")
    @CsvSource(delimiter = '|', value = {
            "Cr\u00eape-Bl\u00e9-No\u00ebl7       | Cre\u0302pe-Ble\u0301-Noe\u0308l7",
            "\u00e9t\u00e9\u00e9t\u00e9\u00e9t\u00e9\u00e9t\u00e9A1 | e\u0301te\u0301e\u0301te\u0301e\u0301te\u0301e\u0301te\u0301A1",
            "\u00c9l\u00e9phant   | E\u0301le\u0301phant",
            "X\u00e0vier!Moulin7   | Xa\u0300vier!Moulin7",
    })
    void nfcAndNfdFormsAreOnePassword(String nfc, String nfd) {
        assertThat(nfc).isNotEqualTo(nfd);
        assertThat(mcrn.check(attempt(nfd))).isEqualTo(mcrn.check(attempt(nfc)));
        assertThat(mcrn.check(new PasswordAttempt(nfc, nfd, MEMBER))).isEqualTo(mcrn.check(attempt(nfc)));
    }

    @Test
    void twelveAccentedCharactersWrittenInNfdAreTwelveCharacters() {
        String nfd = "e\u0301te\u0301E\u0301TE\u0301!12e\u0301te\u0301"; // 12 characters, 18 chars
        assertThat(nfd).hasSize(18);

        assertThat(mcrn.check(attempt(nfd))).isEmpty();
        assertThat(keys(mcrn.check(attempt(nfd.substring(0, nfd.length() - 2)))))
                .containsExactly("password.minimumLength");
    }

    @Test
    void acceptsSixtyFourCharactersAndRefuses129() {
        String sixtyFour = "Tournesol!Moulin7-".repeat(4).substring(0, 64);
        String tooLong = "Tournesol!Moulin7-".repeat(8).substring(0, 129);

        assertThat(mcrn.check(attempt(sixtyFour))).isEmpty();
        assertThat(keys(mcrn.check(attempt(tooLong)))).containsExactly("password.maximumLength");
    }

    @Test
    void acceptsAnEmojiPassword() {
        assertThat(mcrn.check(attempt("\ud83d\udd12Tournesol\ud83c\udf3b7"))).isEmpty();
        // 11 characters although 14 chars: too short
        assertThat(keys(mcrn.check(attempt("\ud83d\udd12\ud83c\udf3b\ud83d\ude00Moulin7a")))).containsExactly("password.minimumLength");
    }

    @Test
    void settingsCannotCapPasswordsBelowSixtyFourCharacters() {
        assertThat(PasswordSettings.DEFAULT.withMaxLength(64).maxLength()).isEqualTo(64);
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordSettings.DEFAULT.withMaxLength(63));
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordSettings.DEFAULT.withMinLength(0));
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordSettings.DEFAULT.withRequiredClasses(5));
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordSettings.DEFAULT.withHistorySize(-1));
    }

    @Test
    void aMutualCanAskForLongerPasswords() {
        PasswordPolicy sixteen = new PasswordPolicy(PasswordSettings.DEFAULT.withMinLength(16), FAKE_HASH);

        assertThat(sixteen.check(attempt("Tournesol!Moul7"))).containsExactly(new Violation("password.minimumLength", List.of(16)));
        assertThat(sixteen.check(attempt("Tournesol!Moul77"))).isEmpty();
    }

    @Test
    void attemptsDoNotPrintPasswords() {
        assertThat(attempt("Tournesol!Moulin7").toString()).doesNotContain("Tournesol");
    }
}
