package fr.memberspace.mutual.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.request.PublicAddress;

class MutualSendersTest {

    @AfterEach
    void noPublicAddress() {
        System.clearProperty(PublicAddress.PROPERTY);
    }

    @Test
    void aMutualWithALogoShowsItFromThePublicAddressOfItsPages() {
        System.setProperty(PublicAddress.PROPERTY, "https://espace.example.org/");
        var mutual = new Mutual("moa", "Mutuelle MOA", "no-reply@moa.fr", Instant.EPOCH);
        mutual.setLogoPng("iVBORw0KGgo=");

        var sender = MutualSenders.of(mutual);

        assertThat(sender.logo()).isEqualTo("https://espace.example.org/moa/logo.png");
        assertThat(sender.address()).isEqualTo("no-reply@moa.fr");
        assertThat(sender.name()).isEqualTo("Mutuelle MOA");
        assertThat(sender.colour()).isEqualTo(BrandColour.of(mutual));
    }

    @Test
    void aMutualWithoutALogoHasNone() {
        var mutual = new Mutual("mcrn", "MCRN", "no-reply@mcrn.fr", Instant.EPOCH);

        assertThat(MutualSenders.of(mutual).logo()).isNull();
    }
}
