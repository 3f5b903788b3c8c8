package fr.memberspace.memberimport.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a member import file with Apache Commons CSV: UTF-8 with or without a byte order
 * mark, {@code ;} or {@code ,} between fields (whichever the header line has more of),
 * fields quoted or not. The header names the columns, in any order, in French or English
 * ({@link Column}); case, accents, spaces and punctuation do not matter. Blank lines are
 * skipped. Bytes that are not UTF-8 or an unclosed quote make the whole file
 * {@link ImportReason#FILE_MALFORMED}: guessing another encoding would spoil names silently.
 */
public final class MemberCsv implements AutoCloseable {

    /** The columns, and the header names each is known by (folded: lower case, no accents, letters and digits only). */
    public enum Column {
        NUMBER(true, "numero", "numeroadherent", "numerodadherent", "nadherent", "noadherent", "number",
                "membernumber", "memberno"),
        LAST_NAME(true, "nom", "nomdefamille", "lastname", "surname", "familyname"),
        FIRST_NAME(true, "prenom", "firstname", "givenname"),
        EMAIL(false, "email", "mail", "courriel", "adresseemail", "emailaddress"),
        HASH(false, "empreinte", "empreintemotdepasse", "motdepassehache", "hash", "passwordhash", "legacyhash"),
        STATUS(false, "statut", "status", "etat");

        private final boolean required;
        private final String[] names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = names;
        }

        static Optional<Column> named(String header) {
            var folded = fold(header);
            for (var column : values()) {
                for (var name : column.names) {
                    if (name.equals(folded)) {
                        return Optional.of(column);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private final BufferedReader input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<Column, Integer> positions;

    private MemberCsv(BufferedReader input, char delimiter) throws IOException {
        this.input = input;
        this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get().parse(input);
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new ImportFileProblem(ImportReason.FILE_HEADER_MISSING, null);
        }
        this.positions = positionsOf(records.next());
    }

    /**
     * Opens a file and reads its header.
     *
     * @throws ImportFileProblem when the file cannot be read or has no header naming at
     *                           least the number, last name and first name
     */
    public static MemberCsv open(Path file) {
        BufferedReader input = null;
        try {
            input = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            input.mark(1);
            if (input.read() != '\uFEFF') {
                input.reset();
            }
            input.mark(64 * 1024);
            var header = input.readLine();
            input.reset();
            if (header == null) {
                throw new ImportFileProblem(ImportReason.FILE_HEADER_MISSING, null);
            }
            return new MemberCsv(input, delimiterOf(header));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            closeQuietly(input);
            throw new ImportFileProblem(Files.isReadable(file) ? ImportReason.FILE_MALFORMED : ImportReason.FILE_UNREADABLE, e);
        } catch (RuntimeException e) {
            closeQuietly(input);
            throw e;
        }
    }

    /** The next row that is not blank, if any. */
    public Optional<CsvRow> next() {
        try {
            while (records.hasNext()) {
                var record = records.next();
                if (isBlank(record)) {
                    continue;
                }
                return Optional.of(new CsvRow(record.getRecordNumber(), value(record, Column.NUMBER),
                        value(record, Column.LAST_NAME), value(record, Column.FIRST_NAME), value(record, Column.EMAIL),
                        value(record, Column.HASH), value(record, Column.STATUS)));
            }
            return Optional.empty();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileProblem(ImportReason.FILE_MALFORMED, e);
        }
    }

    /** How many rows (not blank, header left out) the file holds. */
    public static long countRows(Path file) {
        try (var csv = open(file)) {
            long rows = 0;
            while (csv.next().isPresent()) {
                rows++;
            }
            return rows;
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(input);
        }
    }

    static char delimiterOf(String header) {
        return header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static Map<Column, Integer> positionsOf(CSVRecord header) {
        var positions = new HashMap<Column, Integer>();
        for (int i = 0; i < header.size(); i++) {
            var position = i;
            Column.named(header.get(i)).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        for (var column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                throw new ImportFileProblem(ImportReason.FILE_HEADER_MISSING, null);
            }
        }
        return Map.copyOf(positions);
    }

    private String value(CSVRecord record, Column column) {
        var position = positions.get(column);
        if (position == null || position >= record.size()) {
            return null;
        }
        var text = record.get(position);
        return text == null || text.isEmpty() ? null : text;
    }

    private static boolean isBlank(CSVRecord record) {
        for (var value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, without accents, letters and digits only: {@code N° adhérent} → {@code nadherent}. */
    static String fold(String header) {
        var decomposed = Normalizer.normalize(header.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static void closeQuietly(BufferedReader input) {
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // nothing more to do with a file we could not read
            }
        }
    }
}
