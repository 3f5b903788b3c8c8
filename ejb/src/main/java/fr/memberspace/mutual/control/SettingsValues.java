package fr.memberspace.mutual.control;

import java.io.Serializable;

/**
 * The settings of a mutual as an administrator writes them, before any check: boxed, so
 * that a field left empty is seen as such (and named) rather than read as 0.
 */
public record SettingsValues(Integer passwordMinLength, Integer passwordMaxLength, Integer passwordClasses,
                             String passwordForbidden, Boolean passwordBlocklist, Integer passwordHistory,
                             Integer codeLength, Integer codeValiditySeconds, Integer codeMaxWrongTries,
                             Integer codeCooldownSeconds, Integer codesPerHour,
                             Integer lockAfterFailures, Integer lockFirstSeconds, Integer lockMaxSeconds,
                             String numberFormat, Integer invitationsPerMinute) implements Serializable {
}
