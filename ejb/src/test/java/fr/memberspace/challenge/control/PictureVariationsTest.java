package fr.memberspace.challenge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class PictureVariationsTest {

    private static final Pattern ROTATION = Pattern.compile("rotate\\((-?[0-9.]+) 32 32\\)");

    static Stream<Picture> pictures() {
        return Pictures.standard().all().stream();
    }

    @ParameterizedTest
    @MethodSource("pictures")
    void a_variation_is_still_a_64_pixel_svg_with_the_whole_drawing_on_top(Picture picture) throws Exception {
        byte[] original = Pictures.standard().svg(picture.key());
        byte[] varied = PictureVariations.vary(original, new Random(picture.key().hashCode()));

        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(varied)).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 64 64");
        String text = new String(varied, StandardCharsets.UTF_8);
        String drawing = body(new String(original, StandardCharsets.UTF_8));
        assertThat(text).contains(drawing);
        assertThat(text.indexOf("<g transform=\"translate(")).isLessThan(text.indexOf(drawing));
        assertThat(text.substring(text.indexOf(drawing) + drawing.length())).isEqualTo("</g>\n</svg>\n");
        assertThat(varied.length).isLessThan(original.length + 600);
    }

    @Test
    void two_variations_of_a_picture_differ_and_stay_within_the_limits() {
        byte[] original = Pictures.standard().svg("ballon");
        Set<String> seen = new HashSet<>();
        var random = new Random(3);
        for (int i = 0; i < 200; i++) {
            String text = new String(PictureVariations.vary(original, random), StandardCharsets.UTF_8);
            assertThat(seen.add(text)).isTrue();
            var rotation = ROTATION.matcher(text);
            assertThat(rotation.find()).isTrue();
            assertThat(Math.abs(Double.parseDouble(rotation.group(1)))).isLessThanOrEqualTo(PictureVariations.MAX_DEGREES);
            long decoys = body(text).lines().takeWhile(line -> !line.startsWith("<g transform=")).filter(l -> !l.isBlank()).count();
            assertThat(decoys).isBetween((long) PictureVariations.MIN_DECOYS, (long) PictureVariations.MAX_DECOYS);
        }
    }

    @Test
    void the_same_numbers_make_the_same_variation() {
        byte[] original = Pictures.standard().svg("chat");
        assertThat(PictureVariations.vary(original, new Random(9))).isEqualTo(PictureVariations.vary(original, new Random(9)));
    }

    @Test
    void something_else_than_an_svg_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PictureVariations.vary("no drawing".getBytes(StandardCharsets.UTF_8), new Random()));
    }

    private static String body(String svg) {
        return svg.substring(svg.indexOf('>') + 1, svg.lastIndexOf("</svg>"));
    }
}
