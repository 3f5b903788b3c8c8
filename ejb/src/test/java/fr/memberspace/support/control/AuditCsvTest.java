package fr.memberspace.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;

class AuditCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
    void aCellThatASpreadsheetWouldRunIsPrefixed(String text) {
        assertThat(AuditCsv.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"100002", "Mozilla/5.0", "by agent@mcrn.fr", "a=b"})
    void otherCellsAreKept(String text) {
        assertThat(AuditCsv.cell(text)).isEqualTo(text);
    }

    @Test
    void linesAreQuotedAsRfc4180Says() throws IOException {
        var out = new StringBuilder();
        var csv = new AuditCsv(out);
        csv.print(new AuditEvent(Instant.parse("2026-11-28T23:00:00Z"), AuditType.SIGN_IN_FAILED, "mcrn", "100002",
                "203.0.113.9", "Agent, \"quoted\"\nline", "=cmd|' /C calc'!A0"));
        csv.flush();

        assertThat(out.toString()).isEqualTo("occurred_at,type,mutual,member_number,client_address,user_agent,detail\r\n"
                + "2026-11-28T23:00:00Z,SIGN_IN_FAILED,mcrn,100002,203.0.113.9,\"Agent, \"\"quoted\"\"\nline\","
                + "'=cmd|' /C calc'!A0\r\n");
    }
}
