package fr.memberspace.memberimport.control;

import java.io.Serializable;
import java.util.List;

/**
 * A row of an import file once checked: either refused ({@link #refusal()} set, nothing
 * else to do), or a member to create or update with what the row gives ({@code email} and
 * {@code hash} null when the row has none that can be kept; {@link #remarks()} say why).
 */
public record ImportRow(long line, String writtenNumber, String number, String firstName, String lastName,
                        String email, String hash, boolean mustRenew, ImportReason refusal,
                        List<ImportReason> remarks) implements Serializable {

    public static ImportRow refused(CsvRow row, ImportReason reason) {
        return new ImportRow(row.line(), row.number(), null, null, null, null, null, false, reason, List.of());
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
