package fr.memberspace.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.memberspace.mutual.control.IdentityCheck;
import fr.memberspace.mutual.control.IdentityValues;
import fr.memberspace.mutual.control.LogoCheck;
import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.mutual.control.PasswordEntropy;
import fr.memberspace.mutual.control.Problem;
import fr.memberspace.mutual.control.SettingsCheck;
import fr.memberspace.mutual.control.SettingsValues;

/** Every message the mutuals' checks can give, and every label, exists in French and in English. */
class MutualsBundleTest {

    static Properties french = load("mutuals_fr.properties");
    static Properties english = load("mutuals_en.properties");
    static Properties fallback = load("mutuals.properties");

    @Test
    void frenchAndEnglishHoldTheSameKeys() {
        assertEquals(french.keySet(), english.keySet());
        assertEquals(french, fallback);
    }

    static Stream<String> keysTheChecksGive() {
        var bad = new SettingsValues(null, 1, 9, "a", null, 99, 1, 1, 0, -5, 0, 0, 0, 0, "x", 0);
        var order = new SettingsValues(12, 128, 3, "%".repeat(40), true, 5, 6, 600, 5, 60, 5, 5, 60, 59, "DIGITS", 600);
        var identity = IdentityCheck.problemsOfNew(new IdentityValues("admin", "", "x", "red")).stream();
        var settings = Stream.concat(SettingsCheck.problems(bad).stream(), SettingsCheck.problems(order).stream());
        var logos = Stream.of(new byte[0], new byte[LogoCheck.MAX_BYTES + 1], "<svg/>".getBytes(StandardCharsets.UTF_8),
                "GIF89a..................".getBytes(StandardCharsets.UTF_8)).map(LogoCheck::problem)
                .map(p -> p.orElseThrow());
        var fixed = Stream.of("admin.mutual.code.taken", "admin.mutual.code.pattern", "admin.mutual.unknown",
                "admin.mutual.logo.tooLarge", "admin.mutual.passwordForbidden.symbols");
        var fields = Stream.of("code", "name", "senderAddress", "colour", "passwordMinLength", "passwordMaxLength",
                "passwordClasses", "passwordForbidden", "passwordBlocklist", "passwordHistory", "codeLength",
                "codeValiditySeconds", "codeMaxWrongTries", "codeCooldownSeconds", "codesPerHour",
                "lockAfterFailures", "lockFirstSeconds", "lockMaxSeconds", "numberFormat", "invitationsPerMinute")
                .map(field -> "admin.mutual.field." + field);
        var formats = Stream.of(MemberNumberFormat.values()).map(f -> "admin.mutual.numberFormat." + f.name());
        var verdicts = Stream.of(PasswordEntropy.Verdict.values()).map(v -> "admin.mutual.cnil." + v.name());
        return Stream.of(Stream.concat(Stream.concat(identity, settings), logos).map(Problem::key), fixed, fields,
                formats, verdicts).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("keysTheChecksGive")
    void everyKeyIsTranslated(String key) {
        assertTrue(french.containsKey(key), key);
        assertTrue(english.containsKey(key), key);
    }

    private static Properties load(String name) {
        try (InputStream in = MutualsBundleTest.class.getResourceAsStream("/fr/memberspace/web/i18n/" + name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
