package fr.memberspace.web.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageTemplateTest {

    private static final String PAGE = "<html lang=\"fr\"><script nonce=\"N0nce\">x</script>"
            + "<input value=\"T0ken\"/><strong class=\"w\">chat</strong>"
            + "<img src=\"/m/image/T0ken.P1\"/><img src=\"/m/image/T0ken.P2\"/><script nonce=\"N0nce\"></script></html>";

    @Test
    void fillingTheHolesGivesThePageRenderedWithTheNewValues() {
        var template = PageTemplate.of(PAGE, List.of("N0nce", "T0ken", "w\">chat<", "P1", "P2")).orElseThrow();

        var page = new String(template.fill(List.of("n2", "t2", "w\">éléphant<", "q1", "q2")), StandardCharsets.UTF_8);

        assertThat(page).isEqualTo(PAGE.replace("N0nce", "n2").replace("T0ken", "t2")
                .replace("chat", "éléphant").replace("P1", "q1").replace("P2", "q2"));
    }

    @Test
    void aPageWithoutOneOfItsHolesGivesNoTemplate() {
        assertThat(PageTemplate.of(PAGE, List.of("N0nce", "absent"))).isEmpty();
        assertThat(PageTemplate.of(PAGE, List.of("N0nce", ""))).isEmpty();
    }

    @Test
    void aHoleInsideAnotherGivesNoTemplate() {
        // "P1" inside "T0ken.P1" would cut the page at the wrong place
        assertThat(PageTemplate.of(PAGE, List.of("T0ken.P1", "P1"))).isEmpty();
    }

    @Test
    void twoRenderingsAgreeOnlyWhenTheyDifferByTheirHolesAlone() {
        var first = PageTemplate.of(PAGE, List.of("N0nce", "T0ken")).orElseThrow();
        var second = PageTemplate.of(PAGE.replace("N0nce", "Other").replace("T0ken", "Token2"),
                List.of("Other", "Token2")).orElseThrow();
        var withAnotherSecret = PageTemplate.of(PAGE.replace("N0nce", "Other").replace("T0ken", "Token2")
                .replace("chat", "chien"), List.of("Other", "Token2")).orElseThrow();

        assertThat(first.sameAs(second)).isTrue();
        assertThat(first.sameAs(withAnotherSecret)).isFalse();
    }

    @Test
    void theValuesMustMatchTheHoles() {
        var template = PageTemplate.of(PAGE, List.of("N0nce")).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> template.fill(List.of("a", "b")));
    }

    @Test
    void wordsAreEscapedAsFacesWritesText() {
        assertThat(PageTemplate.escaped("a<b>&c")).isEqualTo("a&lt;b&gt;&amp;c");
    }
}
