package fr.memberspace.password.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotMemberDataTest {

    private static final MemberData HELENE = new MemberData("193592", "H\u00e9l\u00e8ne", "Lef\u00e8vre-Ba",
            "helene.lefevre@mail.com");

    private final NotMemberData rule = new NotMemberData();

    private static PasswordAttempt attempt(String password) {
        return new PasswordAttempt(password, password, HELENE);
    }

    @ParameterizedTest(name = "[{0}] contains member data")
    @ValueSource(strings = {
            "Adh\u00e9rent193592!",   // member number
            "H\u00e9l\u00e8ne!2024abc",      // first name as written
            "HELENE!2024abc",           // without accents, upper case
            "He\u0301le\u0300ne!2024abc",    // NFD
            "x!LEFEVRE2024",            // last name, first word
            "Mon-lef\u00e8vre-2024",    // last name with its accent
            "Helene.Lefevre#1",         // e-mail local part
    })
    void memberDataFailsWithTheKey(String password) {
        assertThat(rule.check(attempt(password)))
                .contains(new Violation("password.notMemberData", List.of()));
    }

    @ParameterizedTest(name = "[{0}] is free of member data")
    @ValueSource(strings = {
            "Tournesol!Moulin7",
            "Ba!Tournesol7",        // "Ba" is shorter than 3: ignored
            "1935-92!Tournesol",    // number split apart
            "mail.com!Tournesol",   // the domain is not the member's
    })
    void otherPasswordsPass(String password) {
        assertThat(rule.check(attempt(password))).isEmpty();
    }

    @Test
    void unknownMemberDataIsNoConstraint() {
        assertThat(rule.check(new PasswordAttempt("193592Helene!", "193592Helene!", MemberData.NONE))).isEmpty();
    }

    @Test
    void wordsAreFoldedAndSplit() {
        MemberData jeanPierre = new MemberData("000123", "Jean-Pierre", "Ng", "jp.o'neil@example.org");

        assertThat(NotMemberData.wordsOf(jeanPierre)).containsExactly("000123", "jean", "pierre", "neil");
    }
}
