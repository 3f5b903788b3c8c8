package fr.memberspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;

/**
 * The client address the product records (audit trail, limits per address) behind a
 * reverse proxy. The test server trusts 127.0.0.2 as a proxy (MEMBERSPACE_TRUSTED_PROXIES,
 * see ear/pom.xml); a sign-in posted from 127.0.0.2 is the proxy forwarding a member, one
 * posted from 127.0.0.1 is anybody else.
 */
@ExtendWith(ArquillianExtension.class)
class ClientAddressIT {

    static final String PROXY = "127.0.0.2";
    static final String ELSEWHERE = "127.0.0.1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    final String mutual = Http.newMutual("Mutuelle Proxy");

    @AfterEach
    void forgetTheSharedAddress() {
        Http.support("forget-address", Map.of("address", ELSEWHERE));
    }

    @Test
    void behindATrustedProxyTheMemberIsKnownByTheAddressTheProxyAppended() {
        var member = randomAddress();
        var form = LoginForm.of(mutual);

        // the client sent its own X-Forwarded-For (a spoof); the proxy appended the real address
        form.post(PROXY, "700001", "Wrong#Password1", form.rightAnswer(),
                "X-Forwarded-For: 203.0.113.66, " + member);

        assertThat(addresses("700001")).isEqualTo("SIGN_IN_UNKNOWN_MEMBER " + member);
    }

    @Test
    void fromAnywhereElseTheForwardedHeaderIsIgnored() {
        var form = LoginForm.of(mutual);

        form.post(ELSEWHERE, "700002", "Wrong#Password1", form.rightAnswer(), "X-Forwarded-For: " + randomAddress());

        assertThat(addresses("700002")).isEqualTo("SIGN_IN_UNKNOWN_MEMBER " + ELSEWHERE);
    }

    @Test
    void withoutTheHeaderTheProxyItselfIsTheClient() {
        var form = LoginForm.of(mutual);

        form.post(PROXY, "700003", "Wrong#Password1", form.rightAnswer());

        assertThat(addresses("700003")).isEqualTo("SIGN_IN_UNKNOWN_MEMBER " + PROXY);
        Http.support("forget-address", Map.of("address", PROXY));
    }

    private String addresses(String number) {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/operations/audit-addresses?mutual=" + mutual + "&number=" + number)
                .body();
    }

    /** An address from the documentation range 198.51.100.0/24, of its own for each test. */
    private static String randomAddress() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }
}
