package fr.memberspace.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.memberspace.password.rule.Violation;

class StaffPasswordsTest {

    @Test
    void thirteenCharactersAreTooFewFourteenAreEnough() {
        assertThat(StaffPasswords.violations("Abcdefgh#2026", "Abcdefgh#2026", "a@example.org", "Ann Lee"))
                .extracting(Violation::key).contains("password.minimumLength");
        assertThat(StaffPasswords.violations("Abcdefgh#20267", "Abcdefgh#20267", "a@example.org", "Ann Lee")).isEmpty();
    }

    @Test
    void theStaffMembersNameIsRefused() {
        assertThat(StaffPasswords.violations("Robertson#2026xy", "Robertson#2026xy", "r@example.org", "Ann Robertson"))
                .isNotEmpty();
    }
}
