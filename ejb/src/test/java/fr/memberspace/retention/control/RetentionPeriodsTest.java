package fr.memberspace.retention.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RetentionPeriodsTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void byDefaultTheAuditTrailIsKeptAYearAndFinishedMailsThirtyDays() {
        var periods = RetentionPeriods.from(Map.<String, String>of()::get);

        assertThat(periods.auditCutoff(NOW)).isEqualTo(NOW.minus(Duration.ofDays(365)));
        assertThat(periods.mailCutoff(NOW)).isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void periodsAreSetInDays() {
        var periods = RetentionPeriods.from(Map.of("memberspace.retention.audit-days", "400",
                "memberspace.retention.mail-days", " 7 ")::get);

        assertThat(periods).isEqualTo(new RetentionPeriods(Duration.ofDays(400), Duration.ofDays(7)));
    }

    @Test
    void lessThanADayOrNotANumberIsRefusedSoATypoCannotEmptyTheTrail() {
        assertThatThrownBy(() -> RetentionPeriods.from(Map.of("memberspace.retention.audit-days", "0")::get))
                .hasMessageContaining("at least one day");
        assertThat(RetentionPeriods.from(Map.of("memberspace.retention.audit-days", "1")::get).auditEvents())
                .isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> RetentionPeriods.from(Map.of("memberspace.retention.mail-days", "30d")::get))
                .hasMessage("memberspace.retention.mail-days must be a number of days: 30d");
    }
}
