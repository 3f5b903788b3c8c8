package fr.memberspace.mutual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.memberspace.mutual.entity.MutualSettings;

/** Every setting just outside its range is refused with its field and key; at the bounds it passes. */
class SettingsCheckTest {

    static final SettingsValues DEFAULTS = MutualValues.settings(new MutualSettings());

    @Test
    void theDefaultsPass() {
        assertEquals(List.of(), SettingsCheck.problems(DEFAULTS));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad("passwordMinLength", "admin.mutual.range", v -> with(v, 0, 7)),
                bad("passwordMinLength", "admin.mutual.range", v -> with(v, 0, 65)),
                bad("passwordMaxLength", "admin.mutual.range", v -> with(v, 1, 63)),
                bad("passwordMaxLength", "admin.mutual.range", v -> with(v, 1, 257)),
                bad("passwordClasses", "admin.mutual.range", v -> with(v, 2, 5)),
                bad("passwordClasses", "admin.mutual.range", v -> with(v, 2, -1)),
                bad("passwordForbidden", "admin.mutual.passwordForbidden.symbols", v -> with(v, 3, "a%")),
                bad("passwordForbidden", "admin.mutual.passwordForbidden.symbols", v -> with(v, 3, "% ")),
                bad("passwordForbidden", "admin.mutual.passwordForbidden.symbols", v -> with(v, 3, "é")),
                bad("passwordForbidden", "admin.mutual.passwordForbidden.tooLong", v -> with(v, 3, "%".repeat(33))),
                bad("passwordBlocklist", "admin.mutual.required", v -> with(v, 4, null)),
                bad("passwordHistory", "admin.mutual.range", v -> with(v, 5, 25)),
                bad("codeLength", "admin.mutual.range", v -> with(v, 6, 4)),
                bad("codeLength", "admin.mutual.range", v -> with(v, 6, 11)),
                bad("codeLength", "admin.mutual.required", v -> with(v, 6, null)),
                bad("codeValiditySeconds", "admin.mutual.range", v -> with(v, 7, 59)),
                bad("codeValiditySeconds", "admin.mutual.range", v -> with(v, 7, 3601)),
                bad("codeMaxWrongTries", "admin.mutual.range", v -> with(v, 8, 0)),
                bad("codeMaxWrongTries", "admin.mutual.range", v -> with(v, 8, 11)),
                bad("codeCooldownSeconds", "admin.mutual.range", v -> with(v, 9, -1)),
                bad("codesPerHour", "admin.mutual.range", v -> with(v, 10, 0)),
                bad("codesPerHour", "admin.mutual.range", v -> with(v, 10, 21)),
                bad("lockAfterFailures", "admin.mutual.range", v -> with(v, 11, 0)),
                bad("lockAfterFailures", "admin.mutual.range", v -> with(v, 11, 21)),
                bad("lockFirstSeconds", "admin.mutual.range", v -> with(v, 12, 0)),
                bad("lockMaxSeconds", "admin.mutual.range", v -> with(v, 13, 86401)),
                bad("lockMaxSeconds", "admin.mutual.lockMaxSeconds.order", v -> with(v, 13, 59)),
                bad("numberFormat", "admin.mutual.numberFormat.unknown", v -> with(v, 14, "[A-Z]+")),
                bad("numberFormat", "admin.mutual.numberFormat.unknown", v -> with(v, 14, null)),
                bad("invitationsPerMinute", "admin.mutual.range", v -> with(v, 15, 0)),
                bad("invitationsPerMinute", "admin.mutual.range", v -> with(v, 15, 6001)),
                bad("invitationsPerMinute", "admin.mutual.required", v -> with(v, 15, null)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badValues")
    void aValueOutOfItsRangeIsRefusedByName(String field, String key, SettingsValues values) {
        var problems = SettingsCheck.problems(values);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(field, problems.get(0).field());
        assertEquals(key, problems.get(0).key());
    }

    @Test
    void theRangeIsInTheMessage() {
        var problem = SettingsCheck.problems(with(DEFAULTS, 6, 11)).get(0);
        assertEquals(List.of(5, 10), problem.parameters());
    }

    @Test
    void theBoundsPass() {
        var low = new SettingsValues(8, 64, 0, "", false, 0, 5, 60, 1, 0, 1, 1, 1, 1, "DIGITS", 1);
        var high = new SettingsValues(64, 256, 4, "%".repeat(32), true, 24, 10, 3600, 10, 3600, 20, 20, 3600, 86400,
                "LETTERS_AND_DIGITS", 6000);
        assertTrue(SettingsCheck.problems(low).isEmpty(), () -> SettingsCheck.problems(low).toString());
        assertTrue(SettingsCheck.problems(high).isEmpty(), () -> SettingsCheck.problems(high).toString());
    }

    @Test
    void everyWrongValueIsNamedAtOnce() {
        var values = new SettingsValues(1, 1, 9, "a", null, 99, 1, 1, 0, -5, 0, 0, 0, 0, "x", 0);
        assertEquals(16, SettingsCheck.problems(values).size());
    }

    private static Arguments bad(String field, String key, UnaryOperator<SettingsValues> change) {
        return Arguments.of(field, key, change.apply(DEFAULTS));
    }

    /** The defaults with the {@code index}-th component replaced. */
    private static SettingsValues with(SettingsValues v, int index, Object value) {
        Object[] c = {v.passwordMinLength(), v.passwordMaxLength(), v.passwordClasses(), v.passwordForbidden(),
                v.passwordBlocklist(), v.passwordHistory(), v.codeLength(), v.codeValiditySeconds(),
                v.codeMaxWrongTries(), v.codeCooldownSeconds(), v.codesPerHour(), v.lockAfterFailures(),
                v.lockFirstSeconds(), v.lockMaxSeconds(), v.numberFormat(), v.invitationsPerMinute()};
        c[index] = value;
        return new SettingsValues((Integer) c[0], (Integer) c[1], (Integer) c[2], (String) c[3], (Boolean) c[4],
                (Integer) c[5], (Integer) c[6], (Integer) c[7], (Integer) c[8], (Integer) c[9], (Integer) c[10],
                (Integer) c[11], (Integer) c[12], (Integer) c[13], (String) c[14],
                (Integer) c[15]);
    }
}
