package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedWordTest {

    @ParameterizedTest(name = "[{0}] reads {1}")
    @CsvSource(delimiter = '|', value = {
            "clé            | cle",
            "CLÉ            | cle",
            "'  Clé  '      | cle",
            "cle\u0301      | cle",        // NFD: e + combining acute
            "la clé         | cle",
            "L'étoile       | etoile",
            "l\u2019étoile  | etoile",      // typographic apostrophe
            "Une  fleur     | fleur",
            "The Umbrella   | umbrella",
            "an\u00a0apple  | apple",        // no-break space
            "lunettes\t     | lunettes",
            "ÉTOILE         | etoile",
            "ｃｈａｔ          | chat",         // full-width letters
            "chats          | chats",
            "lait           | lait",         // a word starting like an article stays whole
            "anneau         | anneau",
    })
    void a_typed_word_reads_case_accent_space_and_article_insensitively(String typed, String read) {
        assertThat(TypedWord.normalise(typed)).isEqualTo(read);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u00a0\t"})
    void nothing_typed_reads_empty(String typed) {
        assertThat(TypedWord.normalise(typed)).isEmpty();
    }
}
