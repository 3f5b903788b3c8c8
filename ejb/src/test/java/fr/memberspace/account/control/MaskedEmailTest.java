package fr.memberspace.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskedEmailTest {

    @ParameterizedTest(name = "{0} is shown {1}")
    @CsvSource({
            "xavier.e@mail.com,           x******e@mail.com",    // 6 hidden, 6 stars
            "a@free.fr,                   a***@free.fr",         // 1 char: first and 3 stars
            "ab@free.fr,                  a***@free.fr",         // 2 chars: first and 3 stars
            "abc@free.fr,                 a***c@free.fr",        // 1 hidden: at least 3 stars
            "abcd@free.fr,                a***d@free.fr",        // 2 hidden: at least 3 stars
            "abcde@free.fr,               a***e@free.fr",        // 3 hidden: 3 stars
            "abcdef@free.fr,              a****f@free.fr",       // 4 hidden
            "abcdefghij@free.fr,          a********j@free.fr",   // 8 hidden: 8 stars
            "abcdefghijk@free.fr,         a********k@free.fr",   // 9 hidden: at most 8 stars
            "jean-pierre.dupont@orange.fr, j********t@orange.fr",
            "Xavier.E@Mail.COM,           x******e@mail.com",    // shown in lower case
            "' xavier.e@mail.com ',       x******e@mail.com",    // surrounding spaces ignored
            "\"a@b\"@example.org,         \"***\"@example.org",  // quoted local part: last @ splits
            "élodie@laposte.net,          é****e@laposte.net",
    })
    void first_and_last_characters_of_the_local_part_are_kept_and_the_domain_is_readable(String address,
            String shown) {
        assertThat(MaskedEmail.of(address).value()).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign", "@mail.com", "xavier@", "@"})
    void what_is_not_an_address_is_refused(String address) {
        assertThatIllegalArgumentException().isThrownBy(() -> MaskedEmail.of(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xavier.e@mail.com", "jean-pierre.dupont@orange.fr"})
    void the_hidden_characters_never_show(String address) {
        String local = address.substring(1, address.indexOf('@') - 1);
        assertThat(MaskedEmail.of(address).toString()).doesNotContain(local);
    }
}
