package fr.memberspace.team.control;

import java.util.List;

import fr.memberspace.password.policy.PasswordPolicy;
import fr.memberspace.password.policy.PasswordSettings;
import fr.memberspace.password.rule.MaximumLength;
import fr.memberspace.password.rule.MemberData;
import fr.memberspace.password.rule.PasswordAttempt;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.password.rule.Violation;

/**
 * The staff's password policy: the members' engine with stricter settings — 14 characters
 * or more (an account that reaches every member deserves more than 12), 3 of the 4 classes,
 * not a common password, not the staff member's name or e-mail. No history: staff choose a
 * password once, at their invitation.
 */
public final class StaffPasswords {

    public static final PasswordSettings SETTINGS =
            new PasswordSettings(14, MaximumLength.DEFAULT, 3, "", true, true, 0);

    private static final PasswordPolicy POLICY = new PasswordPolicy(SETTINGS, (password, hash) -> false);

    private StaffPasswords() {
    }

    public static List<Violation> violations(String password, String confirmation, String email, String displayName) {
        var names = displayName == null ? new String[0] : displayName.strip().split("\\s+", 2);
        var data = new MemberData(null, names.length > 0 ? names[0] : null, names.length > 1 ? names[1] : null, email);
        return POLICY.check(new PasswordAttempt(password, confirmation, data));
    }

    public static List<Requirement> requirements() {
        return POLICY.requirements();
    }
}
