package fr.memberspace.challenge.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Makes every showing of a picture a different file, so that a program cannot recognise a
 * picture by comparing bytes: the drawing turns a few degrees and shifts a little, and two
 * to four faint decoy shapes in pale colours of a fixed palette sit behind it, at random
 * places and sizes. The drawing itself is kept whole, and stays easy to recognise for a
 * person.
 *
 * <p>Limit: a program that parses the SVG and compares the drawing's own paths still finds
 * it; this stops the cheap attack (a table of file hashes), not a determined one.
 */
public final class PictureVariations {

    static final double MAX_DEGREES = 12;
    static final double MAX_SHIFT = 2;
    static final int MIN_DECOYS = 2;
    static final int MAX_DECOYS = 4;

    /** Pale colours: behind any drawing of the catalogue they read as background. */
    private static final List<String> PALE = List.of(
            "#e3f2fd", "#e8f5e9", "#fff8e1", "#fce4ec", "#ede7f6", "#e0f7fa", "#f1f8e9", "#fbe9e7");

    private PictureVariations() {
    }

    /** A variation of the SVG drawing {@code svg}, drawn with {@code random}. */
    public static byte[] vary(byte[] svg, RandomGenerator random) {
        String text = new String(svg, StandardCharsets.UTF_8);
        int bodyStart = text.indexOf('>') + 1;
        int bodyEnd = text.lastIndexOf("</svg>");
        if (bodyStart <= 0 || bodyEnd < bodyStart) {
            throw new IllegalArgumentException("not an SVG drawing");
        }
        var out = new StringBuilder(text.length() + 400).append(text, 0, bodyStart).append('\n');
        int decoys = MIN_DECOYS + random.nextInt(MAX_DECOYS - MIN_DECOYS + 1);
        for (int i = 0; i < decoys; i++) {
            decoy(out, random);
        }
        out.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) rotate(%.1f 32 32)\">",
                between(random, -MAX_SHIFT, MAX_SHIFT), between(random, -MAX_SHIFT, MAX_SHIFT),
                between(random, -MAX_DEGREES, MAX_DEGREES)));
        out.append(text, bodyStart, bodyEnd).append("</g>\n</svg>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void decoy(StringBuilder out, RandomGenerator random) {
        String fill = PALE.get(random.nextInt(PALE.size()));
        double opacity = between(random, 0.4, 0.8);
        double x = between(random, 6, 58);
        double y = between(random, 6, 58);
        double size = between(random, 3, 9);
        if (random.nextBoolean()) {
            out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" opacity=\"%.2f\"/>%n",
                    x, y, size, fill, opacity));
        } else {
            out.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" opacity=\"%.2f\"/>%n",
                    x - size, y - size, 2 * size, between(random, 3, 9) * 2, fill, opacity));
        }
    }

    private static double between(RandomGenerator random, double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
