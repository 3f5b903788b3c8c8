package fr.memberspace.mutual.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The WCAG 2.2 contrast formula, checked against published values. */
class ColourTest {

    @ParameterizedTest(name = "{0} on {1}: {2}:1")
    @CsvSource({
            "#000000, #ffffff, 21.0",
            "#ffffff, #ffffff, 1.0",
            // the lightest grey that passes AA on white, and the one just above it that fails
            "#767676, #ffffff, 4.54",
            "#777777, #ffffff, 4.48",
            // the PrimeFaces blue the audit found on the buttons
            "#2196f3, #ffffff, 3.12",
            "#005a8c, #ffffff, 7.39",
            "#ff0000, #ffffff, 4.00",
            "#ff0000, #000000, 5.25",
            "#00ff00, #000000, 15.30",
    })
    void contrastRatiosAreTheOnesWcagGives(String foreground, String background, double ratio) {
        var contrast = Colour.parse(foreground).contrastWith(Colour.parse(background));

        assertThat(contrast).isCloseTo(ratio, within(0.005));
    }

    @Test
    void theContrastIsTheSameWhicheverColourIsInFront() {
        var blue = Colour.parse("#2196f3");
        var yellow = Colour.parse("#ffbf47");

        assertThat(blue.contrastWith(yellow)).isEqualTo(yellow.contrastWith(blue));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"#000000, 0.0", "#ffffff, 1.0", "#808080, 0.2158605", "#0000ff, 0.0722", "#00ff00, 0.7152",
            // just under and over the threshold of the transfer function (10/255 = 0.0392 is linear)
            "#0a0a0a, 0.0030353", "#0b0b0b, 0.0033465"})
    void luminanceFollowsTheSrgbTransferFunction(String colour, double luminance) {
        assertThat(Colour.parse(colour).luminance()).isCloseTo(luminance, within(0.000001));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#005A8C", "005a8c", " #005a8c "})
    void aColourIsReadWithOrWithoutItsHashInEitherCase(String written) {
        assertThat(Colour.parse(written)).isEqualTo(new Colour(0x00, 0x5a, 0x8c));
        assertThat(Colour.parse(written).hex()).isEqualTo("#005a8c");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "#fff", "#12345g", "blue", "#0055aa;}", "rgb(0,0,0)"})
    void anythingButSixHexDigitsIsRefused(String written) {
        assertThatIllegalArgumentException().isThrownBy(() -> Colour.parse(written));
    }

    @Test
    void scalingKeepsTheHueAndEndsAtBlack() {
        var colour = Colour.parse("#2196f3");

        assertThat(colour.scaled(1)).isEqualTo(colour);
        assertThat(colour.scaled(0)).isEqualTo(new Colour(0, 0, 0));
        assertThat(colour.scaled(0.5)).isEqualTo(new Colour(0x10, 0x4b, 0x79));
        assertThatIllegalArgumentException().isThrownBy(() -> colour.scaled(1.01));
    }
}
