package fr.memberspace.mutual.control;

import fr.memberspace.mutual.entity.Mutual;

/**
 * A mutual's main colour as the pages use it: white text on it (buttons, header) and it as
 * text on white (links, headings). WCAG 2.2 AA asks 4.5:1 for text; a mutual's own colour
 * often falls short (the usual bright blue gives 3.1:1), so a failing colour is darkened,
 * keeping its hue, to the lightest shade that passes. Members with low vision read the
 * page; the mutual keeps a colour close to its own.
 */
public final class BrandColour {

    /** WCAG 2.2 AA, success criterion 1.4.3, for text of normal size. */
    public static final double MINIMUM_CONTRAST = 4.5;

    /** The platform's colour, for a mutual that has not chosen one. */
    public static final Colour PLATFORM = Colour.parse("#005a8c");

    private static final int STEPS = 1000;

    private BrandColour() {
    }

    /** The main colour of a mutual's pages and e-mails, {@code #rrggbb}: its own, or the platform's, made readable. */
    public static String of(Mutual mutual) {
        var own = mutual.getBrandColour();
        return readableOnWhite(own == null ? PLATFORM : Colour.parse(own)).hex();
    }

    /** The colour itself if it reaches 4.5:1 against white, else its lightest darker shade that does. */
    public static Colour readableOnWhite(Colour colour) {
        if (passes(colour)) {
            return colour;
        }
        // contrast grows as the factor falls (black passes): search the largest passing factor
        int low = 0;
        int high = STEPS;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (passes(colour.scaled(middle / (double) STEPS))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return colour.scaled(low / (double) STEPS);
    }

    /** Whether text in this colour on white, or white text on it, is readable (4.5:1 or more). */
    public static boolean passes(Colour colour) {
        return colour.contrastWith(Colour.WHITE) >= MINIMUM_CONTRAST;
    }
}
