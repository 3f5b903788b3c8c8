package fr.memberspace.memberimport.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.memberspace.mutual.control.MemberNumberFormat;

class RowCheckTest {

    static final String BCRYPT = "$2b$06$abcdefghijklmnopqrstuuZvPaWWYalgk3PZYWahz8RYM9bDzgWIa";

    final RowCheck check = new RowCheck(MemberNumberFormat.DIGITS);

    @Test
    void aGoodRowIsAMemberToImport() {
        var row = check.check(new CsvRow(2, " 100001 ", "Durand", "Anne", "anne@example.org", BCRYPT, "à renouveler"));

        assertThat(row).isEqualTo(new ImportRow(2, " 100001 ", "100001", "Anne", "Durand", "anne@example.org", BCRYPT,
                true, null, List.of()));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "AB12,    Durand, Anne, null,     NUMBER_INVALID",
            "null,    Durand, Anne, null,     NUMBER_INVALID",
            "100001,  null,   Anne, null,     NAME_MISSING",
            "100001,  Durand, null, null,     NAME_MISSING",
            "100001,  Durand, Anne, radié,    STATUS_UNKNOWN"})
    void aRowWithoutNumberOrNamesIsRefused(String number, String last, String first, String status, ImportReason reason) {
        var row = check.check(new CsvRow(3, number, last, first, "a@example.org", null, status));

        assertThat(row.refusal()).isEqualTo(reason);
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        assertThat(check.check(new CsvRow(2, "1", "x".repeat(101), "Anne", null, null, null)).refusal())
                .isEqualTo(ImportReason.NAME_TOO_LONG);
        assertThat(check.check(new CsvRow(3, "2", "x".repeat(100), "Anne", null, null, null)).isRefused()).isFalse();
    }

    @Test
    void theSameNumberLaterInTheFileIsRefusedEvenWrittenOtherwise() {
        assertThat(check.check(new CsvRow(2, "100001", "Durand", "Anne", null, null, null)).isRefused()).isFalse();

        assertThat(check.check(new CsvRow(9, " 100001", "Roy", "Léa", null, null, null)).refusal())
                .isEqualTo(ImportReason.NUMBER_DUPLICATE);
    }

    @Test
    void aRefusedRowDoesNotTakeItsNumber() {
        check.check(new CsvRow(2, "100001", null, "Anne", null, null, null));

        assertThat(check.check(new CsvRow(3, "100001", "Durand", "Anne", null, null, null)).isRefused()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null,                 EMAIL_MISSING",
            "anne,                 EMAIL_INVALID",
            "anne@example,         EMAIL_INVALID",
            "anne @example.org,    EMAIL_INVALID",
            "a@b@example.org,      EMAIL_INVALID"})
    void aMemberWithoutAValidAddressIsImportedWithoutOne(String email, ImportReason remark) {
        var row = check.check(new CsvRow(2, "100001", "Durand", "Anne", email, null, null));

        assertThat(row.isRefused()).isFalse();
        assertThat(row.email()).isNull();
        assertThat(row.remarks()).containsExactly(remark);
    }

    @ParameterizedTest
    @CsvSource({
            "41cc7d90dfcd2b82d765943893da428009d2ac33, HASH_UNSALTED_DIGEST",
            "5f4dcc3b5aa765d61d8327deb882cf99,         HASH_UNSALTED_DIGEST",
            "{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=,        HASH_UNSALTED_DIGEST",
            "$1$abc$xyz,                               HASH_UNKNOWN_FORMAT"})
    void aHashThatCannotBeKeptIsLeftOutAndTheMemberImported(String hash, ImportReason remark) {
        var row = check.check(new CsvRow(2, "100001", "Durand", "Anne", "anne@example.org", hash, null));

        assertThat(row.isRefused()).isFalse();
        assertThat(row.hash()).isNull();
        assertThat(row.remarks()).containsExactly(remark);
    }

    @Test
    void everyReasonIsSaidInFrenchAndEnglish() {
        for (var reason : ImportReason.values()) {
            assertThat(reason.text(java.util.Locale.FRENCH)).isNotBlank();
            assertThat(reason.text(java.util.Locale.ENGLISH)).isNotBlank().isNotEqualTo(reason.text(java.util.Locale.FRENCH));
        }
    }
}
