package fr.memberspace.activation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeInputTest {

    @ParameterizedTest(name = "[{0}] reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "123456|123456",
            "' 123 456 '|123456",
            "123-456|123456",
            "12 34-56|123456",
            "123\u00A0456|123456",                 // no-break space
            "123\u202F456|123456",                 // narrow no-break space (French grouping)
            "123\t456|123456",
            "123\u2013456|123456",                 // en dash
            "123\u2212456|123456",                 // minus sign
            "\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16|123456", // full-width
            "\u0661\u0662\u0663\u0664\u0665\u0666|123456", // Arabic-Indic
            "\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6|123456", // Extended Arabic-Indic (Persian)
            "\u0967\u0968\u0969\u096A\u096B\u096C|123456", // Devanagari
            "\uD835\uDFCF\uD835\uDFD0\uD835\uDFD1|123",    // mathematical bold, outside the BMP
            "012345|012345",
    })
    void separators_are_dropped_and_unicode_digits_become_ascii(String typed, String digits) {
        assertThat(CodeInput.normalise(typed)).contains(digits);
    }

    @ParameterizedTest(name = "[{0}] is unreadable")
    @ValueSource(strings = {"", "   ", "- -", "12345a", "123.456", "123_456", "12345O", "+123456", "1/2", "١٢٣x"})
    void anything_else_is_unreadable(String typed) {
        assertThat(CodeInput.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void nothing_typed_is_unreadable(String typed) {
        assertThat(CodeInput.normalise(typed)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] with length 6 -> present: {1}")
    @CsvSource({"12345,false", "123456,true", "1234567,false", "'12 34 56',true"})
    void with_a_length_only_codes_of_that_length_are_read(String typed, boolean readable) {
        assertThat(CodeInput.normalise(typed, 6).isPresent()).isEqualTo(readable);
    }
}
