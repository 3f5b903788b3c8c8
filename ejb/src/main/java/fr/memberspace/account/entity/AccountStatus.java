package fr.memberspace.account.entity;

/** Where a member's account stands. */
public enum AccountStatus {
    /** Signs in with their password. */
    ACTIVE,
    /** Signs in with their old password once, then must choose a new one. */
    MUST_RENEW,
    /** First connection: has never had a password and goes through the reset wizard. */
    NO_PASSWORD
}
