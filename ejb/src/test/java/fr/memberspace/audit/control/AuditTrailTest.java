package fr.memberspace.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the audit trail keeps of a text typed by a client, without a database. */
class AuditTrailTest {

    @Test
    void aNulTypedInANumberIsKeptAsAReplacementCharacterWhichPostgresqlAccepts() {
        assertThat(AuditTrail.truncate("100002\u0000", 20)).isEqualTo("100002\uFFFD").doesNotContain("\u0000");
        assertThat(AuditTrail.truncate("\u0000\u0000", 20)).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void longTextsAreCutToTheColumnAndShortOnesKept() {
        assertThat(AuditTrail.truncate("1".repeat(25), 20)).hasSize(20);
        assertThat(AuditTrail.truncate("193592", 20)).isEqualTo("193592");
        assertThat(AuditTrail.truncate(null, 20)).isNull();
    }
}
