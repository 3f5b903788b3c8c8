package fr.memberspace.mutual.control;

import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.mutual.entity.MutualSettings;
import fr.memberspace.password.policy.PasswordSettings;
import fr.memberspace.throttle.control.LockoutPolicy;

/**
 * The checked policies of a mutual, built from the plain values its settings store: the
 * entity knows no rule, the policies' constructors refuse values that make no sense.
 */
public final class MutualPolicies {

    private MutualPolicies() {
    }

    public static CodePolicy codePolicy(MutualSettings settings) {
        return new CodePolicy(settings.getCodeLength(), settings.getCodeValidity(), settings.getCodeMaxWrongTries(),
                settings.getCodeCooldown(), settings.getCodesPerHour());
    }

    public static PasswordSettings passwordSettings(MutualSettings settings) {
        return new PasswordSettings(settings.getPasswordMinLength(), settings.getPasswordMaxLength(),
                settings.getPasswordClasses(), settings.getPasswordForbidden(), settings.isPasswordBlocklist(),
                settings.isPasswordMemberData(), settings.getPasswordHistory());
    }

    public static LockoutPolicy lockoutPolicy(MutualSettings settings) {
        var defaults = LockoutPolicy.DEFAULT;
        return new LockoutPolicy(settings.getLockAfterFailures(), settings.getLockFirst(), settings.getLockMax(),
                defaults.failuresBeforeDelay(), defaults.firstDelay(), defaults.maxDelay(),
                defaults.maxConsecutiveFailures());
    }

    /** Stores a code policy (checked by its constructor) in the settings. */
    public static void setCodePolicy(MutualSettings settings, CodePolicy policy) {
        settings.setCodes(policy.length(), policy.validity(), policy.maxWrongTries(), policy.resendCooldown(),
                policy.maxCodesPerHour());
    }
}
