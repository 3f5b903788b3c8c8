package fr.memberspace.mutual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"mc", "mcrn", "mutuelle-du-nord", "a1234567890123456789", "2m"})
    void aPlainCodeIsAccepted(String code) {
        assertEquals(List.of(), IdentityCheck.problemsOfNew(identity(code)));
    }

    @ParameterizedTest
    @CsvSource({"m, admin.mutual.code.pattern", "-ab, admin.mutual.code.pattern", "MCRN, admin.mutual.code.pattern",
            "a12345678901234567890, admin.mutual.code.pattern", "mc rn, admin.mutual.code.pattern",
            "mc/rn, admin.mutual.code.pattern", "'', admin.mutual.required",
            "admin, admin.mutual.code.reserved", "support, admin.mutual.code.reserved",
            "health, admin.mutual.code.reserved", "resources, admin.mutual.code.reserved",
            "jakarta.faces.resource, admin.mutual.code.pattern"})
    void aCodeThatCannotBeAPathOfItsOwnIsRefused(String code, String key) {
        var problems = IdentityCheck.problemsOfNew(identity(code));
        assertEquals(1, problems.size());
        assertEquals("code", problems.get(0).field());
        assertEquals(key, problems.get(0).key());
    }

    @ParameterizedTest
    @CsvSource({"senderAddress, not-an-address", "senderAddress, a b@example.org", "senderAddress, <x@example.org>",
            "colour, red", "colour, #12345", "colour, #1234567", "name, ' '"})
    void aBadNameSenderOrColourIsRefusedByName(String field, String value) {
        var values = new IdentityValues("mcrn", field.equals("name") ? value : "MCRN",
                field.equals("senderAddress") ? value : "no-reply@mcrn.example.org",
                field.equals("colour") ? value : "#005a8c");
        var problems = IdentityCheck.problemsOfEdit(values);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(field, problems.get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#AbCdEf"})
    void theColourIsOptional(String colour) {
        assertTrue(IdentityCheck.problemsOfEdit(new IdentityValues("mcrn", "MCRN", "no-reply@mcrn.fr", colour)).isEmpty());
    }

    private static IdentityValues identity(String code) {
        return new IdentityValues(code, "Mutuelle", "no-reply@example.org", "#005a8c");
    }
}
