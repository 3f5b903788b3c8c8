package fr.memberspace.audit.entity;

/** What happened. */
public enum AuditType {
    SIGN_IN_OK,
    SIGN_IN_MUST_RENEW,
    SIGN_IN_FAILED,
    SIGN_IN_UNKNOWN_MEMBER,
    SIGN_IN_THROTTLED,
    ACCOUNT_LOCKED,
    PASSWORD_REHASHED,
    PASSWORD_CHANGED,
    PASSWORD_REJECTED,
    ACCOUNT_STATUS_CHANGED,
    CODE_ISSUED,
    CODE_ISSUED_UNKNOWN_MEMBER,
    CODE_REFUSED,
    CODE_FAILED,
    CODE_ACCEPTED,
    CODE_EXPIRED,
    CODE_EXHAUSTED,
    CODE_THROTTLED,
    IDENTIFY_THROTTLED,
    MAIL_SENT,
    MAIL_FAILED,
    CHALLENGE_PASSED,
    CHALLENGE_FAILED,
    /** A support agent (the line's agent) cleared a member number's sign-in failures. */
    SUPPORT_UNLOCKED,
    /** A support agent asked a member to renew the password at the next sign-in. */
    SUPPORT_RENEWAL_REQUIRED,
    /** A support agent e-mailed a member a link to the wizard (first connection or reset). */
    SUPPORT_INVITATION_SENT,
    /** A support agent corrected a member's e-mail address (both addresses are told). */
    SUPPORT_EMAIL_CORRECTED,
    /** A member of staff exported lines of the audit trail as CSV (detail: how many, and the type filtered). */
    AUDIT_EXPORTED,
    /** Staff (the line's agent): signed in with password and second factor. */
    STAFF_SIGN_IN_OK,
    /** A wrong e-mail, password or code at /admin/ (the agent is the e-mail typed, if it is staff). */
    STAFF_SIGN_IN_FAILED,
    /** Too many tries: from this address, or on this account. */
    STAFF_SIGN_IN_THROTTLED,
    STAFF_SIGNED_OUT,
    /** A TOTP code already used (replayed) was refused. */
    STAFF_TOTP_REPLAYED,
    STAFF_TOTP_ENROLLED,
    STAFF_PASSWORD_CHANGED,
    /** An administrator created a staff account (detail: the new account's e-mail and role). */
    STAFF_CREATED,
    STAFF_INVITED,
    STAFF_MUTUALS_CHANGED,
    STAFF_DISABLED,
    STAFF_ENABLED,
    /** A staff member asked for something out of its scope (another mutual's). */
    STAFF_OUT_OF_SCOPE,
    /** An administrator created a mutual (detail: its name, sender and colour). */
    MUTUAL_CREATED,
    /** An administrator changed one value of a mutual (detail: the value before and after). */
    MUTUAL_CHANGED,
    /** A member import run was started (detail: run id and file name; the agent if staff started it). */
    MEMBER_IMPORT_STARTED,
    /** A member import run ended (detail: run id, batch status and counts). */
    MEMBER_IMPORT_ENDED,
    /** A member import run created this member (detail: the run id). */
    MEMBER_IMPORTED,
    /** A member import run changed this member's names, address or imported password hash (detail: run id, what). */
    MEMBER_IMPORT_UPDATED
}
