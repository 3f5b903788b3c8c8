package fr.memberspace.web.login;

import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import fr.memberspace.challenge.ShownChallenge;
import fr.memberspace.challenge.boundary.Challenges;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.mutual.Languages;
import fr.memberspace.web.request.DeviceCookie;

/**
 * The login page of a mutual without rendering it at every view. Faces renders the page
 * (stateless) as before; the rendering is kept as a {@link PageTemplate} whose holes are
 * what changes at every view: the script nonce, the challenge's token, its word and its
 * picture ids. A later view gets a new challenge and a new nonce filled into the same
 * bytes — what Faces would have written with them — for a fraction of the cost.
 * <p>
 * Kept only when it cannot be wrong:
 * <ul>
 *     <li>plain views: a GET with no query, no session and no cookie but the language and
 *     the device ones (messages, a signed-in member or the question in words are rendered
 *     every time);</li>
 *     <li>two renderings in a row must give the same template, so a value that changes at
 *     every view and is not a known hole (a token someone adds to the page one day) keeps
 *     the page from being kept rather than being shared between members;</li>
 *     <li>a 200 in HTML with a nonce and no cookie set, in the language asked for;</li>
 *     <li>for {@value #KEPT_SECONDS} seconds at most, and forgotten when an administrator
 *     saves the mutual on this node ({@link KeptLoginPages#forget}): the mutual's cache has
 *     the same minute for changes made on another node.</li>
 * </ul>
 */
public class LoginPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** How long a template is used before the page is rendered afresh. */
    static final int KEPT_SECONDS = 60;

    /** Request attribute: the challenge the rendering must show (the view asks {@link Login}). */
    static final String CHALLENGE = LoginPages.class.getName() + ".challenge";
    /** Request attribute: the language of that challenge (the view uses it only in that language). */
    static final String LANGUAGE = LoginPages.class.getName() + ".language";

    private static final Set<String> HARMLESS_COOKIES = Set.of(Languages.COOKIE, DeviceCookie.NAME);
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'");

    @EJB
    Challenges challenges;

    @Inject
    CurrentMutual mutual;

    @Inject
    KeptLoginPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!plainView(request) || !mutual.isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        var locale = localeOf(request);
        var key = new Key(mutual.getCode(), locale.getLanguage());
        var challenge = challenges.issue(mutual.getCode(), locale);
        var page = pages.kept.get(key);
        if (page != null && page.usable(challenge)) {
            page.serve(challenge, nonce(), response);
            return;
        }
        pages.kept.remove(key);
        render(request, response, chain, key, challenge);
    }

    /** Renders with Faces, sends the page as rendered, and keeps its template if it may. */
    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                        Key key, ShownChallenge challenge) throws IOException, ServletException {
        request.setAttribute(CHALLENGE, challenge);
        request.setAttribute(LANGUAGE, key.language());
        var captured = new Captured(response);
        chain.doFilter(request, captured);
        if (captured.sent) {
            pages.candidates.remove(key);
            return; // an error page or a redirect: the container sends it
        }
        var body = captured.body();
        response.getOutputStream().write(body);
        var template = Kept.of(captured, new String(body, StandardCharsets.UTF_8), challenge, key);
        if (template.isEmpty()) {
            pages.candidates.remove(key);
            return;
        }
        var candidate = pages.candidates.remove(key);
        if (candidate != null && candidate.sameAs(template.get())) {
            pages.kept.put(key, template.get());
        } else {
            pages.candidates.put(key, template.get());
        }
    }

    private static boolean plainView(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getSession(false) != null) {
            return false;
        }
        var cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).map(Cookie::getName).allMatch(HARMLESS_COOKIES::contains);
    }

    /** The language Faces will choose: the language cookie, else the browser's first of French and English. */
    private static Locale localeOf(HttpServletRequest request) {
        var chosen = Languages.chosen(request);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (request.getHeader("Accept-Language") != null) {
            for (var preferred : java.util.Collections.list(request.getLocales())) {
                if (preferred.getLanguage().equals("fr") || preferred.getLanguage().equals("en")) {
                    return Locale.forLanguageTag(preferred.getLanguage());
                }
            }
        }
        return Locale.FRENCH;
    }

    /**
     * A script nonce as PrimeFaces makes them, Base64 of a random UUID: its script sends it
     * back with the form, and PrimeFaces refuses any other shape ({@code PageNonces}).
     */
    private static String nonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    record Key(String mutual, String language) {
    }

    /** A kept page: its template, the headers the rendering set, and when it was made. */
    record Kept(PageTemplate template, List<Header> headers, String contentType, int pictures, long madeAt) {

        private static final String WORD_BEFORE = "class=\"challenge-word\">";
        private static final String WORD_AFTER = "</strong>";

        static Optional<Kept> of(Captured captured, String page, ShownChallenge challenge, Key key) {
            if (captured.status != HttpServletResponse.SC_OK || captured.setCookie
                    || captured.getContentType() == null || !captured.getContentType().startsWith("text/html")
                    || !rootLanguageIs(page, key.language())) {
                return Optional.empty();
            }
            var nonce = captured.headers.stream().filter(header -> header.name().equalsIgnoreCase("Content-Security-Policy"))
                    .map(header -> NONCE.matcher(header.value())).filter(java.util.regex.Matcher::find)
                    .map(matcher -> matcher.group(1)).findFirst();
            if (nonce.isEmpty()) {
                return Optional.empty();
            }
            return PageTemplate.of(page, holes(nonce.get(), challenge))
                    .map(template -> new Kept(template, captured.headers.stream()
                            .map(header -> header.without(nonce.get())).toList(),
                            captured.getContentType(), challenge.pictureIds().size(), System.nanoTime()));
        }

        /** Whether the page's {@code <html>} element says the language asked for. */
        static boolean rootLanguageIs(String page, String language) {
            var start = page.indexOf("<html");
            var end = start < 0 ? -1 : page.indexOf('>', start);
            return end > 0 && page.substring(start, end).contains(" lang=\"" + language + "\"");
        }

        /** The values of a view, in the order of the holes. */
        static List<String> holes(String nonce, ShownChallenge challenge) {
            var holes = new ArrayList<String>();
            holes.add(nonce);
            holes.add(challenge.id());
            holes.add(WORD_BEFORE + PageTemplate.escaped(challenge.prompt()) + WORD_AFTER);
            holes.addAll(challenge.pictureIds());
            return holes;
        }

        boolean usable(ShownChallenge challenge) {
            return challenge.pictureIds().size() == pictures
                    && System.nanoTime() - madeAt < KEPT_SECONDS * 1_000_000_000L;
        }

        boolean sameAs(Kept other) {
            return pictures == other.pictures && headers.equals(other.headers) && template.sameAs(other.template);
        }

        void serve(ShownChallenge challenge, String nonce, HttpServletResponse response) throws IOException {
            for (var header : headers) {
                response.setHeader(header.name(), header.with(nonce));
            }
            response.setContentType(contentType);
            var body = template.fill(holes(nonce, challenge));
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** A header the rendering set, its nonce (if any) as a hole. */
    record Header(String name, String value) {

        private static final String HOLE = "\u0000nonce\u0000";

        Header without(String nonce) {
            return new Header(name, value.replace(nonce, HOLE));
        }

        String with(String nonce) {
            return value.replace(HOLE, nonce);
        }
    }

    /** The rendering's body kept back, its headers both set and noted. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final List<Header> headers = new ArrayList<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
        private CharArrayWriter chars;
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        private boolean setCookie;
        private boolean sent;

        Captured(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
                var charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
                return new String(chars.toCharArray()).getBytes(charset);
            }
            return bytes.toByteArray();
        }

        private void note(String name, String value) {
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            headers.add(new Header(name, value));
            if (name.equalsIgnoreCase("Set-Cookie")) {
                setCookie = true;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            note(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            note(name, value);
        }

        @Override
        public void addCookie(Cookie cookie) {
            super.addCookie(cookie);
            setCookie = true;
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            status = sc;
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            sent = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            sent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            sent = true;
            super.sendRedirect(location);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                chars = new CharArrayWriter(16384);
                writer = new PrintWriter(chars);
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            // kept back until the filter has read the page
        }

        @Override
        public void setContentLength(int len) {
            // the length is the filter's to set once the page is read
        }

        @Override
        public void setContentLengthLong(long len) {
            // idem
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
            if (chars != null) {
                chars.reset();
            }
        }
    }
}
