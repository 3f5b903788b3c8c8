package fr.memberspace.web.request;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's device ticket (given by a boundary after a successful sign-in or reset):
 * kept in a cookie that scripts cannot read and other sites do not send, handed back to the
 * boundaries in the {@link fr.memberspace.request.RequestContext}. It holds no secret of the
 * member; it only lets the member's own browser keep budgets of its own.
 */
public final class DeviceCookie {

    public static final String NAME = "memberspace-device";
    static final Duration LIFETIME = Duration.ofDays(400);

    private DeviceCookie() {
    }

    /** The ticket the browser sent, or null. */
    public static String read(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (var cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** Keeps a new ticket in the browser; nothing when there is none. */
    public static void keep(HttpServletRequest request, HttpServletResponse response, String ticket) {
        if (ticket == null) {
            return;
        }
        var cookie = new Cookie(NAME, ticket);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
