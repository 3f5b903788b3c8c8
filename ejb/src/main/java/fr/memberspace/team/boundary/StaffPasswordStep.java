package fr.memberspace.team.boundary;

import java.time.Duration;

/** The answer to a staff member's e-mail and password, the first step of the sign-in. */
public sealed interface StaffPasswordStep {

    /** The password is right; the TOTP code comes next, with this grant. */
    record CodeNeeded(String grant) implements StaffPasswordStep {
    }

    /** The password is right and no second factor is enrolled yet: show this, then ask a code. */
    record EnrolmentNeeded(String grant, Enrolment enrolment) implements StaffPasswordStep {
    }

    /** Wrong e-mail or password, or an account that may not sign in: one answer for all. */
    record Refused() implements StaffPasswordStep {
    }

    /** Too many attempts from this address. */
    record Wait(Duration retryAfter) implements StaffPasswordStep {
    }
}
