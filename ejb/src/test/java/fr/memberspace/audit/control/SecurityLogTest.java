package fr.memberspace.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.memberspace.audit.entity.AuditType;

class SecurityLogTest {

    @Test
    void oneLineOfKeysAndValues() {
        assertThat(SecurityLog.line(new Audited(AuditType.SIGN_IN_FAILED, "mcrn", "193592", "203.0.113.9", null)))
                .isEqualTo("event=SIGN_IN_FAILED mutual=mcrn number=193592 address=203.0.113.9");
    }

    @Test
    void valuesWithSpacesAreQuoted() {
        assertThat(SecurityLog.line(new Audited(AuditType.ACCOUNT_LOCKED, "mcrn", "193592", null, "after 5 failures")))
                .isEqualTo("event=ACCOUNT_LOCKED mutual=mcrn number=193592 detail=\"after 5 failures\"");
    }

    @Test
    void aTypedNumberCannotForgeALine() {
        var typed = "1\r\nevent=SIGN_IN_OK mutual=mcrn number=100002\u2028\"\\";
        var line = SecurityLog.line(new Audited(AuditType.SIGN_IN_FAILED, "mcrn", typed, "10.0.0.1", "malformed"));

        assertThat(line).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u2028")
                .isEqualTo("event=SIGN_IN_FAILED mutual=mcrn number=\"1\\u000d\\u000aevent=SIGN_IN_OK mutual=mcrn"
                        + " number=100002\\u2028\\\"\\\\\" address=10.0.0.1 detail=malformed");
    }

    @Test
    void anEmptyValueIsShownQuoted() {
        assertThat(SecurityLog.line(new Audited(AuditType.SIGN_IN_FAILED, "mcrn", "", null, null)))
                .isEqualTo("event=SIGN_IN_FAILED mutual=mcrn number=\"\"");
    }
}
