package fr.memberspace.web.admin;

import java.io.IOException;
import java.net.MalformedURLException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.team.boundary.StaffSignIn;

/**
 * The routing and access check of the back-office: {@code /admin/} is the staff's sign-in
 * page, or their home once signed in; {@code /admin/<name>} serves the view
 * {@code admin/<name>.xhtml} to a signed-in staff member only (anyone else goes to the
 * sign-in page; a member, whatever their session, is no staff). The views' own file names
 * answer 404, like the member pages', since security constraints would not apply to the
 * forwards made here.
 *
 * <p>Staff sessions end after {@link #idleTimeout()} without a request (15 minutes; the
 * system property {@value #IDLE_PROPERTY} in seconds, for tests), measured with the
 * product's clock; the container's own session timeout is set to the same at sign-in.
 * Every staff page is {@code no-store}; like every page it is framed by no one
 * ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}: SecurityHeaders).
 */
public class AdminAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String HOME = "/admin/";
    /** Query of the sign-in page after a sign-out, and after an idle timeout. */
    public static final String SIGNED_OUT = "signed-out";
    public static final String EXPIRED = "expired";
    static final String IDLE_PROPERTY = "memberspace.staff.idle-seconds";

    static final String SIGN_IN_VIEW = "/admin/sign-in.xhtml";
    static final String HOME_VIEW = "/admin/home.xhtml";
    /** Pages anyone may open: accepting an invitation (with its token). */
    static final Set<String> PUBLIC = Set.of("invitation");
    /**
     * Pages for platform administrators only: the team, the member imports (an upload is an
     * administrator's, as issue #11 says) and the mutuals' pages ({@code mutual…});
     * a support agent asking for one goes to the home page (their boundaries refuse it too).
     */
    static boolean isAdminOnly(String name) {
        return "team".equals(name) || "imports".equals(name) || name.startsWith("mutual");
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}");

    @Inject
    Clock clock;

    @EJB
    StaffSignIn staffSignIn;

    /** How long a staff session may stay idle. */
    public static Duration idleTimeout() {
        return Duration.ofSeconds(Long.getLong(IDLE_PROPERTY, 15 * 60));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/admin".equals(path)) {
            response.sendRedirect(request.getContextPath() + HOME);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        var name = path.substring(HOME.length());
        var staff = signedInStaff(request);
        if (staff == null && StaffSession.of(request.getSession(false)) != null && isStaff(request)) {
            // idle too long: the session ends here, whatever the container's timer says
            staffSignIn.signedOut(new RequestContext(null, request.getRemoteAddr(), request.getHeader("User-Agent"),
                    java.util.Locale.FRENCH), StaffSession.of(request.getSession(false)).email(), "idle timeout");
            signOut(request, "idle");
            response.sendRedirect(request.getContextPath() + HOME + "?" + EXPIRED);
            return;
        }
        if (name.isEmpty()) {
            if (staff != null) {
                staff.seen(clock.instant());
            }
            request.getRequestDispatcher(staff != null ? HOME_VIEW : SIGN_IN_VIEW).forward(request, response);
            return;
        }
        var view = HOME + name + ".xhtml";
        if (!NAME.matcher(name).matches() || "sign-in".equals(name) || "home".equals(name) || !exists(request, view)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (PUBLIC.contains(name)) {
            request.getRequestDispatcher(view).forward(request, response);
        } else if (staff != null && isAdminOnly(name) && !StaffRoles.ADMIN.equals(staff.role())) {
            staff.seen(clock.instant());
            response.sendRedirect(request.getContextPath() + HOME);
        } else if (staff != null) {
            staff.seen(clock.instant());
            request.getRequestDispatcher(view).forward(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + HOME);
        }
    }

    /** The staff session of this request, if a staff member is signed in and was not idle too long. */
    StaffSession signedInStaff(HttpServletRequest request) {
        if (!isStaff(request)) {
            return null;
        }
        var staff = StaffSession.of(request.getSession(false));
        if (staff == null || Duration.between(staff.lastSeen(), clock.instant()).compareTo(idleTimeout()) > 0) {
            return null;
        }
        return staff;
    }

    /**
     * Whether the caller is a staff member: caller {@code staff:<email>} with a staff role
     * and the staff session the sign-in left. A member never is.
     */
    public static boolean isStaff(HttpServletRequest request) {
        Principal caller = request.getUserPrincipal();
        return caller != null && caller.getName().startsWith(StaffRoles.CALLER_PREFIX)
                && (request.isUserInRole(StaffRoles.ADMIN) || request.isUserInRole(StaffRoles.SUPPORT))
                && StaffSession.of(request.getSession(false)) != null;
    }

    /** Ends the staff's sign-in and session. */
    static void signOut(HttpServletRequest request, String why) {
        try {
            request.logout();
        } catch (ServletException e) {
            // the session goes anyway
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean exists(HttpServletRequest request, String view) {
        try {
            return request.getServletContext().getResource(view) != null;
        } catch (MalformedURLException e) {
            return false;
        }
    }
}
