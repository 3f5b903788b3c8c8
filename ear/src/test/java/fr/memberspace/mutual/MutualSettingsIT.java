package fr.memberspace.mutual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.reset.boundary.Identification;
import fr.memberspace.reset.boundary.PasswordResets;

/**
 * The database refuses a setting out of its range (Flyway V26's CHECK constraints, on H2 and
 * PostgreSQL alike), and a mutual's member number format applies where numbers are typed.
 */
@ExtendWith(ArquillianExtension.class)
class MutualSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(MutualSettingsIT.class, MutualRows.class, Fixtures.class);
    }

    @EJB
    Mutuals mutuals;

    @EJB
    MutualRows rows;

    @EJB
    Accounts accounts;

    @EJB
    PasswordResets resets;

    String mutual;

    @BeforeEach
    void aMutual() {
        mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"code_length, 4", "code_length, 11", "code_validity_seconds, 59", "code_max_wrong_tries, 0",
            "code_cooldown_seconds, -1", "codes_per_hour, 0", "password_min_length, 7", "password_max_length, 63",
            "password_classes, 5", "password_history, 25", "lock_after_failures, 0", "lock_first_seconds, 0",
            "lock_max_seconds, 59", "lock_max_seconds, 86401", "invitations_per_minute, 0",
            "invitations_per_minute, 6001"})
    void aSettingOutOfRangeWrittenBySqlIsRefusedByTheDatabase(String column, int value) {
        var before = ((Number) rows.readInSql(mutual, column)).intValue();

        assertThrows(EJBException.class, () -> rows.writeInSql(mutual, column, value));

        assertEquals(before, ((Number) rows.readInSql(mutual, column)).intValue());
    }

    @Test
    void anUnknownNumberFormatOrColourWrittenBySqlIsRefused() {
        assertThrows(EJBException.class, () -> rows.writeInSql(mutual, "number_format", "[A-Z]+"));
        assertThrows(EJBException.class, () -> rows.writeInSql(mutual, "brand_colour", "red"));
        assertEquals("DIGITS", rows.readInSql(mutual, "number_format"));
    }

    @Test
    void aValueInRangeWrittenBySqlIsKept() {
        rows.writeInSql(mutual, "code_length", 8);
        assertEquals(8, ((Number) rows.readInSql(mutual, "code_length")).intValue());
    }

    @Test
    void lettersAreTypedInAnyCaseWhereTheMutualAllowsThem() {
        rows.numberFormat(mutual, "LETTERS_AND_DIGITS");
        accounts.enrol(mutual, "ab1234", "Yann", "Le Gall", "yann.legall@example.org");

        var shown = resets.identify(Fixtures.request(mutual), " Ab1234 ");

        var identified = assertInstanceOf(Identification.Shown.class, shown);
        assertEquals("AB1234", identified.number());
        assertEquals("y***@example.org".charAt(0), identified.maskedEmail().charAt(0));
        assertEquals("AB1234", accounts.find(mutual, "AB1234").orElseThrow().getNumber());
    }

    @Test
    void lettersAreRefusedByAMutualOfDigits() {
        assertThrows(EJBException.class, () -> resets.identify(Fixtures.request(mutual), "AB1234"));
        assertThrows(EJBException.class,
                () -> accounts.enrol(mutual, "AB1234", "Yann", "Le Gall", "yann.legall@example.org"));
        assertInstanceOf(SignIn.Refused.class, accounts.signIn(Fixtures.request(mutual), "AB1234", "Adherent#2026ok"));
    }
}
