package fr.memberspace.web.mutual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which posted nonces a form may carry, without a server. */
class PageNoncesTest {

    static final String NONCE = Base64.getEncoder().encodeToString(
            UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

    @Test
    void aPageThatKeptANonceTakesOnlyThatOne() {
        assertThat(PageNonces.fits(NONCE, NONCE)).isTrue();
        assertThat(PageNonces.fits(null, NONCE)).isFalse();
        assertThat(PageNonces.fits("", NONCE)).isFalse();
        assertThat(PageNonces.fits(Base64.getEncoder().encodeToString(
                UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)), NONCE)).isFalse();
    }

    @Test
    void aStatelessPageTakesNoneOrAWellFormedOne() {
        assertThat(PageNonces.fits(null, null)).isTrue();
        assertThat(PageNonces.fits("", null)).isTrue();
        assertThat(PageNonces.fits(NONCE, null)).isTrue();
    }

    @Test
    void aStatelessPageRefusesWhatPrimeFacesWouldFailOn() {
        assertThat(PageNonces.fits("<script>", null)).isFalse();
        assertThat(PageNonces.fits("%ED%A0%80", null)).isFalse();
        assertThat(PageNonces.fits(Base64.getEncoder().encodeToString("not a uuid".getBytes(StandardCharsets.UTF_8)),
                null)).isFalse();
        assertThat(PageNonces.fits("x".repeat(70_000), null)).isFalse();
    }
}
