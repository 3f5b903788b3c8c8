package fr.memberspace.memberimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An upload kept under a folder of its own, with a name nothing the browser sends can turn into a path. */
class UploadedImportsTest {

    @TempDir
    Path root;

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "members.csv|members.csv",
            "Adhérents 2026.CSV|Adh_rents_2026.csv",
            "../../etc/passwd.csv|passwd.csv",
            "C:\\Users\\x\\base.csv|base.csv",
            "..csv|_.csv",
            ".hidden.csv|_hidden.csv"})
    void theNameKeptIsTheLastPartWithSafeCharactersOnly(String uploaded, String kept) {
        assertEquals(Optional.of(kept), UploadedImports.safeName(uploaded));
    }

    @ParameterizedTest
    @CsvSource({"members.xlsx", "members.csv.exe", ".csv", "members"})
    void aNameNotEndingInCsvIsRefused(String uploaded) {
        assertEquals(Optional.empty(), UploadedImports.safeName(uploaded));
    }

    @Test
    void anUploadIsKeptInAFolderOfItsOwnUnderTheRoot() throws IOException {
        var kept = new UploadedImports(root).keep("../members.csv", bytes("numero;nom;prenom\n1;A;B\n"));

        var file = assertInstanceOf(UploadedImports.Stored.class, kept).file();
        assertEquals(root, file.getParent().getParent());
        assertEquals("members.csv", file.getFileName().toString());
        assertEquals("numero;nom;prenom\n1;A;B\n", Files.readString(file));
        var again = (UploadedImports.Stored) new UploadedImports(root).keep("members.csv", bytes("x"));
        assertTrue(!again.file().getParent().equals(file.getParent()));
    }

    @Test
    void tooLargeNotCsvOrEmptyIsRefusedAndNothingStays() throws IOException {
        var huge = new InputStream() {
            long left = UploadedImports.MAX_BYTES + 10;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                left -= n;
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                return n;
            }
        };
        var uploads = new UploadedImports(root);
        assertEquals(new UploadedImports.Refused(UploadedImports.Refusal.TOO_LARGE), uploads.keep("big.csv", huge));
        assertEquals(new UploadedImports.Refused(UploadedImports.Refusal.NOT_CSV), uploads.keep("a.xlsx", bytes("x")));
        assertEquals(new UploadedImports.Refused(UploadedImports.Refusal.MISSING), uploads.keep("a.csv", bytes("")));
        assertEquals(new UploadedImports.Refused(UploadedImports.Refusal.MISSING), uploads.keep(null, null));
        try (var left = Files.list(root)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void uploadsOlderThanTheCutoffAreDeleted() throws IOException {
        var uploads = new UploadedImports(root);
        var old = ((UploadedImports.Stored) uploads.keep("old.csv", bytes("x"))).file().getParent();
        var recent = ((UploadedImports.Stored) uploads.keep("new.csv", bytes("x"))).file().getParent();
        var now = Instant.now();
        Files.setLastModifiedTime(old, FileTime.from(now.minus(UploadedImports.KEPT).minusSeconds(1)));

        assertEquals(1, uploads.deleteOlderThan(now.minus(UploadedImports.KEPT)));
        assertTrue(Files.notExists(old));
        assertTrue(Files.exists(recent));
    }
}
