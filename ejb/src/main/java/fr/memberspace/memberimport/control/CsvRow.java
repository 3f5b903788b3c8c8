package fr.memberspace.memberimport.control;

/**
 * One row of an import file as written (trimmed; null for a column the file does not have
 * or a row too short). {@code line} is the row's place in the file, the header being line 1.
 */
public record CsvRow(long line, String number, String lastName, String firstName, String email, String hash,
                     String status) {
}
