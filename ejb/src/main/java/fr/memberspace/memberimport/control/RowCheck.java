package fr.memberspace.memberimport.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.memberspace.mutual.control.MemberNumberFormat;
import fr.memberspace.password.hash.PasswordHashes;

/**
 * Checks the rows of one import file, in file order: the number in the mutual's format
 * (and not already given higher up in the file: the later row is refused), both names,
 * the status; an address or a password hash that cannot be kept is left out with a remark
 * and the member is imported all the same. Plain Java; one instance per file, as it
 * remembers the numbers seen (a restarted job feeds it the rows already done again).
 */
public final class RowCheck {

    /** The longest name the member table keeps. */
    static final int LONGEST_NAME = 100;

    /** The longest address (RFC 5321 path), as the member table keeps it. */
    static final int LONGEST_EMAIL = 254;

    /** Something@something.something, no spaces, one @: what a mail relay will take. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final MemberNumberFormat format;
    private final Set<String> seen = new HashSet<>();

    public RowCheck(MemberNumberFormat format) {
        this.format = format;
    }

    public ImportRow check(CsvRow row) {
        var number = format.normalise(row.number());
        if (number.isEmpty()) {
            return ImportRow.refused(row, ImportReason.NUMBER_INVALID);
        }
        if (row.lastName() == null || row.firstName() == null) {
            return ImportRow.refused(row, ImportReason.NAME_MISSING);
        }
        if (row.lastName().length() > LONGEST_NAME || row.firstName().length() > LONGEST_NAME) {
            return ImportRow.refused(row, ImportReason.NAME_TOO_LONG);
        }
        var status = row.status() == null ? "" : MemberCsv.fold(row.status());
        boolean mustRenew = status.equals("arenouveler") || status.equals("mustrenew") || status.equals("renouveler");
        if (!mustRenew && !status.isEmpty() && !status.equals("actif") && !status.equals("active")) {
            return ImportRow.refused(row, ImportReason.STATUS_UNKNOWN);
        }
        if (!seen.add(number.get())) {
            return ImportRow.refused(row, ImportReason.NUMBER_DUPLICATE);
        }
        var remarks = new ArrayList<ImportReason>(2);
        String email = null;
        if (row.email() == null) {
            remarks.add(ImportReason.EMAIL_MISSING);
        } else if (row.email().length() > LONGEST_EMAIL || !EMAIL.matcher(row.email()).matches()) {
            remarks.add(ImportReason.EMAIL_INVALID);
        } else {
            email = row.email();
        }
        String hash = null;
        if (row.hash() != null) {
            var refusal = PasswordHashes.refusalOf(row.hash());
            if (refusal.isEmpty() && row.hash().length() <= 255) {
                hash = row.hash();
            } else {
                remarks.add(refusal.orElse(PasswordHashes.ImportRefusal.UNKNOWN_FORMAT)
                        == PasswordHashes.ImportRefusal.UNSALTED_DIGEST
                        ? ImportReason.HASH_UNSALTED_DIGEST : ImportReason.HASH_UNKNOWN_FORMAT);
            }
        }
        return new ImportRow(row.line(), row.number(), number.get(), row.firstName(), row.lastName(), email, hash,
                mustRenew, null, List.copyOf(remarks));
    }
}
