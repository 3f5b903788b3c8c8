package fr.memberspace.mutual.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An sRGB colour as a mutual gives it ({@code #005a8c}), with the WCAG 2.2 relative
 * luminance and contrast ratio, so that a colour can be judged before a member reads text
 * on it or in it.
 */
public record Colour(int red, int green, int blue) {

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6})");

    public static final Colour WHITE = new Colour(255, 255, 255);

    public Colour {
        requireChannel(red);
        requireChannel(green);
        requireChannel(blue);
    }

    /** {@code #rrggbb} (the {@code #} is optional); anything else is refused. */
    public static Colour parse(String hex) {
        var matcher = hex == null ? null : HEX.matcher(hex.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a colour #rrggbb: " + hex);
        }
        var value = Integer.parseInt(matcher.group(1), 16);
        return new Colour(value >> 16, (value >> 8) & 0xff, value & 0xff);
    }

    /** WCAG 2.2 "relative luminance": 0 for black, 1 for white. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2.2 "contrast ratio" with another colour: from 1 (the same) to 21 (black on white). */
    public double contrastWith(Colour other) {
        var lighter = Math.max(luminance(), other.luminance());
        var darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** The same hue with each channel multiplied by {@code factor} (0 gives black, 1 this colour). */
    public Colour scaled(double factor) {
        if (factor < 0 || factor > 1) {
            throw new IllegalArgumentException("factor must be between 0 and 1: " + factor);
        }
        return new Colour((int) Math.floor(red * factor), (int) Math.floor(green * factor),
                (int) Math.floor(blue * factor));
    }

    /** {@code #rrggbb}, lower case: what CSS reads. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The sRGB transfer function undone, as WCAG defines it (threshold 0.04045). */
    private static double linear(int channel) {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static void requireChannel(int channel) {
        if (channel < 0 || channel > 255) {
            throw new IllegalArgumentException("a channel is 0 to 255: " + channel);
        }
    }
}
