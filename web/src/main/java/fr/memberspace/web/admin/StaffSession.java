package fr.memberspace.web.admin;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

/**
 * What a staff session keeps beside the container's caller: who (for the shell), and when
 * it was last used, by the product's clock (the idle timeout is checked against it, so
 * tests move the clock instead of waiting).
 */
public final class StaffSession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute holding this. */
    public static final String ATTRIBUTE = "memberspace.staff";

    private final String email;
    private final String displayName;
    private final String role;
    private final Instant signedInAt;
    private volatile Instant lastSeen;

    public StaffSession(String email, String displayName, String role, Instant signedInAt) {
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.signedInAt = signedInAt;
        this.lastSeen = signedInAt;
    }

    /** The staff session of this HTTP session, if a staff member signed in there. */
    public static StaffSession of(HttpSession session) {
        return session == null ? null : (StaffSession) session.getAttribute(ATTRIBUTE);
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        this.lastSeen = now;
    }
}
