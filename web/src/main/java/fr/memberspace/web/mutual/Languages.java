package fr.memberspace.web.mutual;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switch: {@code ?lang=en} or {@code ?lang=fr} on any page of a mutual keeps
 * the choice in a cookie for a year; French URLs stay the same in both languages.
 */
public final class Languages {

    static final String PARAMETER = "lang";
    /** The cookie that keeps the member's choice. */
    public static final String COOKIE = "memberspace-lang";

    private Languages() {
    }

    static void choose(String language, HttpServletRequest request, HttpServletResponse response) {
        var cookie = new Cookie(COOKIE, "en".equals(language) ? "en" : "fr");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The language the member chose, if they chose one. */
    public static Optional<Locale> chosen(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.equals("fr") || value.equals("en"))
                .map(Locale::forLanguageTag)
                .findFirst();
    }
}
