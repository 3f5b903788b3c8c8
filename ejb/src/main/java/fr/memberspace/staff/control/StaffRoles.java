package fr.memberspace.staff.control;

/**
 * The roles of staff callers (Jakarta Security groups, Elytron roles), for
 * {@code @RolesAllowed} on back-office boundaries. A member's role ({@code member}) is
 * never one of them.
 */
public final class StaffRoles {

    /** A platform administrator: every mutual, and the team. */
    public static final String ADMIN = "platform-admin";
    /** A support agent: the members and audit trail of its own mutuals only. */
    public static final String SUPPORT = "support";

    /**
     * The caller name of a staff member is {@value #CALLER_PREFIX}{@code <email>}: a member's
     * is {@code <mutual>/<number>}, so neither can be taken for the other.
     */
    public static final String CALLER_PREFIX = "staff:";

    private StaffRoles() {
    }

    /** The caller name of a staff member. */
    public static String callerName(String email) {
        return CALLER_PREFIX + email;
    }

    /** Whether this is one of the two staff roles. */
    public static boolean isStaffRole(String role) {
        return ADMIN.equals(role) || SUPPORT.equals(role);
    }
}
