package fr.memberspace.web.login;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rendered page with the values that change at every view (the script nonce, the
 * challenge's token, word and picture ids) cut out: filled with new values, it gives the
 * same bytes the page would have rendered with them, without rendering it.
 * <p>
 * It is made from a page as rendered and the values it was rendered with ("holes"). Each
 * hole is a random token that cannot occur by chance elsewhere in the page, except the
 * word, which is only looked for where the page shows it (the caller passes the words'
 * context with it). A page whose holes are not all found gives no template.
 */
final class PageTemplate {

    /** Alternately a literal and the index of a hole; literals are already UTF-8. */
    private final List<Object> parts;
    private final int holes;

    private PageTemplate(List<Object> parts, int holes) {
        this.parts = parts;
        this.holes = holes;
    }

    /**
     * The template of {@code page}, or nothing if one of {@code holes} is missing, empty or
     * part of another (the page would then be cut at the wrong places).
     */
    static Optional<PageTemplate> of(String page, List<String> holes) {
        for (var hole : holes) {
            if (hole == null || hole.isEmpty() || !page.contains(hole)) {
                return Optional.empty();
            }
            for (var other : holes) {
                if (other != hole && other.contains(hole)) {
                    return Optional.empty();
                }
            }
        }
        var parts = new ArrayList<Object>();
        var from = 0;
        while (true) {
            var next = -1;
            var which = -1;
            for (var i = 0; i < holes.size(); i++) {
                var at = page.indexOf(holes.get(i), from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    which = i;
                }
            }
            if (next < 0) {
                parts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
                return Optional.of(new PageTemplate(List.copyOf(parts), holes.size()));
            }
            parts.add(page.substring(from, next).getBytes(StandardCharsets.UTF_8));
            parts.add(which);
            from = next + holes.get(which).length();
        }
    }

    /** The page with {@code values} in its holes, in the order the holes were given. */
    byte[] fill(List<String> values) {
        if (values.size() != holes) {
            throw new IllegalArgumentException(holes + " values expected, not " + values.size());
        }
        var encoded = values.stream().map(value -> value.getBytes(StandardCharsets.UTF_8)).toList();
        var out = new ByteArrayOutputStream(8192);
        for (var part : parts) {
            out.writeBytes(part instanceof Integer hole ? encoded.get(hole) : (byte[]) part);
        }
        return out.toByteArray();
    }

    /** Whether another rendering gave the same page around its own holes. */
    boolean sameAs(PageTemplate other) {
        if (other.parts.size() != parts.size()) {
            return false;
        }
        for (var i = 0; i < parts.size(); i++) {
            var mine = parts.get(i);
            var theirs = other.parts.get(i);
            var same = mine instanceof byte[] bytes
                    ? theirs instanceof byte[] otherBytes && java.util.Arrays.equals(bytes, otherBytes)
                    : mine.equals(theirs);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Text as Faces writes it in an element: {@code & < >} escaped, the rest as is in UTF-8. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
