package fr.memberspace.mutual.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.mutual.entity.MutualSettings;

/** A mutual's stored values as the forms write them, and what changed between two of them. */
public final class MutualValues {

    private MutualValues() {
    }

    public static IdentityValues identity(Mutual mutual) {
        return new IdentityValues(mutual.getCode(), mutual.getName(), mutual.getSenderAddress(),
                mutual.getBrandColour());
    }

    public static SettingsValues settings(MutualSettings s) {
        return new SettingsValues(s.getPasswordMinLength(), s.getPasswordMaxLength(), s.getPasswordClasses(),
                s.getPasswordForbidden(), s.isPasswordBlocklist(), s.getPasswordHistory(),
                s.getCodeLength(), s.getCodeValiditySeconds(), s.getCodeMaxWrongTries(), s.getCodeCooldownSeconds(),
                s.getCodesPerHour(), s.getLockAfterFailures(), s.getLockFirstSeconds(), s.getLockMaxSeconds(),
                s.getNumberFormat(), s.getInvitationsPerMinute());
    }

    /** Stores checked settings. */
    public static void apply(SettingsValues v, MutualSettings s) {
        s.setPasswordPolicy(v.passwordMinLength(), v.passwordMaxLength(), v.passwordClasses(), v.passwordForbidden(),
                v.passwordBlocklist(), v.passwordHistory());
        s.setCodes(v.codeLength(), java.time.Duration.ofSeconds(v.codeValiditySeconds()), v.codeMaxWrongTries(),
                java.time.Duration.ofSeconds(v.codeCooldownSeconds()), v.codesPerHour());
        s.setLockout(v.lockAfterFailures(), v.lockFirstSeconds(), v.lockMaxSeconds());
        s.setNumberFormat(v.numberFormat());
        s.setInvitationsPerMinute(v.invitationsPerMinute());
    }

    /**
     * One phrase per value that changed, {@code field: before → after}, for the audit trail.
     * Nothing here is a secret (forbidden characters are public rules).
     */
    public static List<String> changes(IdentityValues before, IdentityValues after) {
        var changes = new ArrayList<String>();
        change(changes, "name", before.name(), after.name());
        change(changes, "senderAddress", before.senderAddress(), after.senderAddress());
        change(changes, "colour", before.colour(), after.colour());
        return changes;
    }

    public static List<String> changes(SettingsValues before, SettingsValues after) {
        var changes = new ArrayList<String>();
        change(changes, "passwordMinLength", before.passwordMinLength(), after.passwordMinLength());
        change(changes, "passwordMaxLength", before.passwordMaxLength(), after.passwordMaxLength());
        change(changes, "passwordClasses", before.passwordClasses(), after.passwordClasses());
        change(changes, "passwordForbidden", before.passwordForbidden(), after.passwordForbidden());
        change(changes, "passwordBlocklist", before.passwordBlocklist(), after.passwordBlocklist());
        change(changes, "passwordHistory", before.passwordHistory(), after.passwordHistory());
        change(changes, "codeLength", before.codeLength(), after.codeLength());
        change(changes, "codeValiditySeconds", before.codeValiditySeconds(), after.codeValiditySeconds());
        change(changes, "codeMaxWrongTries", before.codeMaxWrongTries(), after.codeMaxWrongTries());
        change(changes, "codeCooldownSeconds", before.codeCooldownSeconds(), after.codeCooldownSeconds());
        change(changes, "codesPerHour", before.codesPerHour(), after.codesPerHour());
        change(changes, "lockAfterFailures", before.lockAfterFailures(), after.lockAfterFailures());
        change(changes, "lockFirstSeconds", before.lockFirstSeconds(), after.lockFirstSeconds());
        change(changes, "lockMaxSeconds", before.lockMaxSeconds(), after.lockMaxSeconds());
        change(changes, "numberFormat", before.numberFormat(), after.numberFormat());
        change(changes, "invitationsPerMinute", before.invitationsPerMinute(), after.invitationsPerMinute());
        return changes;
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + before + " → " + after);
        }
    }
}
