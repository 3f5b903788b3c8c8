package fr.memberspace.password.rule;

/**
 * What we know of the member that a password must not contain: member number, first name,
 * last name and e-mail address. Any of them may be {@code null} (unknown).
 */
public record MemberData(String memberNumber, String firstName, String lastName, String email) {

    /** No member data: for a check made before we know who is choosing the password. */
    public static final MemberData NONE = new MemberData(null, null, null, null);
}
