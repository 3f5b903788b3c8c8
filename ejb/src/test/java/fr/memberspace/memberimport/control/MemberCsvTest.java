package fr.memberspace.memberimport.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberCsvTest {

    @TempDir
    Path folder;

    @Test
    void readsSemicolonsWithAByteOrderMarkAndFrenchHeaders() throws IOException {
        var file = write("\uFEFFN° adhérent;Nom;Prénom;Courriel;Empreinte;Statut\n"
                + "100001;Durand;\"Anne; Marie\";anne@example.org;;actif\n");

        var rows = rows(file);

        assertThat(rows).containsExactly(
                new CsvRow(2, "100001", "Durand", "Anne; Marie", "anne@example.org", null, "actif"));
    }

    @Test
    void readsCommasWithEnglishHeadersInAnyOrderAndSkipsBlankLines() throws IOException {
        var file = write("e-mail,First name,Last Name,Member number\n"
                + "\n"
                + "bob@example.org,  Bob , \"O'Neil, Jr\",42\n"
                + "\r\n"
                + ",Ann,Lee,43\n");

        var rows = rows(file);

        assertThat(rows).containsExactly(
                new CsvRow(3, "42", "O'Neil, Jr", "Bob", "bob@example.org", null, null),
                new CsvRow(5, "43", "Lee", "Ann", null, null, null));
    }

    @Test
    void aRowShorterThanTheHeaderHasNoValuesForTheMissingColumns() throws IOException {
        var rows = rows(write("number;last name;first name;email\n7;Roy\n"));

        assertThat(rows).containsExactly(new CsvRow(2, "7", "Roy", null, null, null, null));
    }

    @Test
    void aHeaderWithoutTheNamesIsRefused() throws IOException {
        var file = write("number;email\n1;a@example.org\n");

        assertThatThrownBy(() -> MemberCsv.open(file)).isInstanceOfSatisfying(ImportFileProblem.class,
                problem -> assertThat(problem.reason()).isEqualTo(ImportReason.FILE_HEADER_MISSING));
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        var file = write("");

        assertThatThrownBy(() -> MemberCsv.open(file)).isInstanceOfSatisfying(ImportFileProblem.class,
                problem -> assertThat(problem.reason()).isEqualTo(ImportReason.FILE_HEADER_MISSING));
    }

    @Test
    void bytesThatAreNotUtf8MakeTheFileMalformed() throws IOException {
        var file = folder.resolve("latin1.csv");
        Files.write(file, "numéro;nom;prénom\n1;Hélène;Zoé\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFileProblem.class,
                problem -> assertThat(problem.reason()).isEqualTo(ImportReason.FILE_MALFORMED));
    }

    @Test
    void anUnclosedQuoteMakesTheFileMalformed() throws IOException {
        var file = write("numero;nom;prenom\n1;\"Durand;Anne\n2;Roy;Léa\n");

        assertThatThrownBy(() -> rows(file)).isInstanceOfSatisfying(ImportFileProblem.class,
                problem -> assertThat(problem.reason()).isEqualTo(ImportReason.FILE_MALFORMED));
    }

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> MemberCsv.open(folder.resolve("none.csv"))).isInstanceOfSatisfying(
                ImportFileProblem.class, problem -> assertThat(problem.reason()).isEqualTo(ImportReason.FILE_UNREADABLE));
    }

    @Test
    void countsTheRowsThatAreNotBlank() throws IOException {
        assertThat(MemberCsv.countRows(write("numero,nom,prenom\n1,a,b\n\n2,c,d\n3,e,f"))).isEqualTo(3);
    }

    @Test
    void theDelimiterIsTheOneTheHeaderHasMoreOf() {
        assertThat(MemberCsv.delimiterOf("numero;nom;prenom")).isEqualTo(';');
        assertThat(MemberCsv.delimiterOf("numero,nom,prenom")).isEqualTo(',');
        assertThat(MemberCsv.delimiterOf("\"nom, usage\";numero;prenom")).isEqualTo(';');
    }

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("members.csv"), text, StandardCharsets.UTF_8);
    }

    private static List<CsvRow> rows(Path file) {
        var rows = new ArrayList<CsvRow>();
        try (var csv = MemberCsv.open(file)) {
            for (var row = csv.next(); row.isPresent(); row = csv.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }
}
