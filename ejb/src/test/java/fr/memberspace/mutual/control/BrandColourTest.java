package fr.memberspace.mutual.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColourTest {

    @ParameterizedTest
    @ValueSource(strings = {"#005a8c", "#767676", "#000000", "#b00020", "#1b6e32"})
    void aColourReadableOnWhiteIsKeptAsItIs(String hex) {
        var colour = Colour.parse(hex);

        assertThat(BrandColour.readableOnWhite(colour)).isEqualTo(colour);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#2196f3", "#777777", "#ffffff", "#ffbf47", "#00ff00", "#ff0000", "#e91e63"})
    void aColourUnder4point5IsDarkenedJustEnoughToPass(String hex) {
        var colour = Colour.parse(hex);

        var readable = BrandColour.readableOnWhite(colour);

        assertThat(BrandColour.passes(colour)).isFalse();
        assertThat(readable.contrastWith(Colour.WHITE)).isGreaterThanOrEqualTo(4.5).isLessThan(4.7);
        assertThat(readable.red()).isLessThanOrEqualTo(colour.red());
        assertThat(readable.green()).isLessThanOrEqualTo(colour.green());
        assertThat(readable.blue()).isLessThanOrEqualTo(colour.blue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#2196f3", "#e91e63"})
    void theDarkenedColourKeepsItsHue(String hex) {
        var colour = Colour.parse(hex);

        var readable = BrandColour.readableOnWhite(colour);

        // same proportions between the channels, up to rounding
        assertThat(readable.green() / (double) readable.blue())
                .isCloseTo(colour.green() / (double) colour.blue(), org.assertj.core.api.Assertions.within(0.03));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#767676", "#777777"})
    void theLimitIsFourPointFive(String hex) {
        assertThat(BrandColour.passes(Colour.parse(hex))).isEqualTo(hex.equals("#767676"));
    }
}
