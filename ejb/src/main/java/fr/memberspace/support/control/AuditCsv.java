package fr.memberspace.support.control;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.memberspace.audit.entity.AuditEvent;

/**
 * Audit lines as CSV (RFC 4180, Apache Commons CSV). A spreadsheet runs a cell that starts
 * with {@code = + - @} (or a tab or carriage return) as a formula, and the trail holds text
 * that members and strangers typed (numbers, user agents): such a cell gets a leading
 * {@code '} (OWASP's advice against CSV injection).
 */
public final class AuditCsv implements AutoCloseable {

    public static final String[] HEADER = {"occurred_at", "type", "mutual", "member_number", "client_address",
            "user_agent", "detail"};

    private final CSVPrinter printer;

    public AuditCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    public void print(AuditEvent event) throws IOException {
        printer.printRecord(DateTimeFormatter.ISO_INSTANT.format(event.getOccurredAt()), event.getType().name(),
                cell(event.getMutualCode()), cell(event.getMemberNumber()), cell(event.getClientAddress()),
                cell(event.getUserAgent()), cell(event.getDetail()));
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** The text of a cell, made inert for spreadsheets. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
