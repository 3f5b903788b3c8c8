package fr.memberspace.staff.entity;

/** Where a staff account stands. */
public enum StaffStatus {
    /** Created, invited by e-mail to choose a password; cannot sign in yet. */
    INVITED,
    /** Signs in (password, then the second factor, enrolled at the first sign-in). */
    ACTIVE,
    /** Signs in no more; its audit lines keep its e-mail. */
    DISABLED
}
