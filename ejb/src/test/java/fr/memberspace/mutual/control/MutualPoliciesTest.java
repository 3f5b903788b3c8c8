package fr.memberspace.mutual.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.mutual.entity.MutualSettings;
import fr.memberspace.password.policy.PasswordSettings;
import fr.memberspace.throttle.control.LockoutPolicy;

class MutualPoliciesTest {

    private final MutualSettings fresh = new MutualSettings();

    @Test
    void aNewMutualHasThePlatformsDefaultPolicies() {
        assertThat(MutualPolicies.codePolicy(fresh)).isEqualTo(CodePolicy.DEFAULT);
        assertThat(MutualPolicies.passwordSettings(fresh)).isEqualTo(PasswordSettings.DEFAULT);
        assertThat(MutualPolicies.lockoutPolicy(fresh)).isEqualTo(LockoutPolicy.DEFAULT);
    }

    @Test
    void aCodePolicyIsStoredAndReadBack() {
        var policy = new CodePolicy(8, Duration.ofMinutes(5), 3, Duration.ofSeconds(30), 4);

        MutualPolicies.setCodePolicy(fresh, policy);

        assertThat(MutualPolicies.codePolicy(fresh)).isEqualTo(policy);
    }

    @Test
    void storedValuesThatMakeNoSenseAreRefusedWhenThePolicyIsBuilt() {
        fresh.setCodes(4, Duration.ofMinutes(5), 3, Duration.ofSeconds(30), 4);

        assertThatIllegalArgumentException().isThrownBy(() -> MutualPolicies.codePolicy(fresh));
    }
}
