-- Staff of the back-office (/admin/): platform administrators (every mutual) and support
-- agents (the mutuals of their staff_mutual rows). Same SQL for H2 and PostgreSQL.
-- Sequences step by 50: EclipseLink allocates ids in blocks of 50.
CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE staff_member (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    -- the sign-in name, kept in lower case
    email                 VARCHAR(254) NOT NULL,
    display_name          VARCHAR(100) NOT NULL,
    role                  VARCHAR(20)  NOT NULL,
    -- INVITED (no password yet), ACTIVE, DISABLED (signs in no more, keeps its history)
    status                VARCHAR(20)  NOT NULL,
    -- Argon2id PHC string, null until the invitation is accepted
    password_hash         VARCHAR(255),
    password_changed_at   TIMESTAMP WITH TIME ZONE,
    -- the TOTP secret (base32), sealed (AES-256-GCM under the server secret, "<key id>:<base64url>"),
    -- never in clear; null until enrolment starts
    totp_secret           VARCHAR(200),
    -- null while the second factor is not confirmed: the next sign-in shows the QR code again
    totp_confirmed_at     TIMESTAMP WITH TIME ZONE,
    -- the last TOTP time step accepted: a code is accepted once (no replay)
    totp_last_step        BIGINT,
    -- the invitation to choose a password: keyed hash of a random token ("<key id>:<hmac>")
    invitation_hash       VARCHAR(80),
    invitation_expires_at TIMESTAMP WITH TIME ZONE,
    -- wrong passwords or codes since the last success, and the lock they set
    failures              INTEGER      NOT NULL,
    locked_until          TIMESTAMP WITH TIME ZONE,
    last_sign_in_at       TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT staff_member_email_unique UNIQUE (email),
    CONSTRAINT staff_member_email_lower CHECK (email = LOWER(email)),
    CONSTRAINT staff_member_role CHECK (role IN ('platform-admin', 'support')),
    CONSTRAINT staff_member_status CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
    CONSTRAINT staff_member_failures CHECK (failures >= 0)
);

-- The mutuals a support agent may reach (an administrator reaches every mutual without rows).
CREATE TABLE staff_mutual (
    staff_id    BIGINT      NOT NULL REFERENCES staff_member (id),
    mutual_code VARCHAR(32) NOT NULL REFERENCES mutual (code),
    PRIMARY KEY (staff_id, mutual_code)
);
CREATE INDEX staff_mutual_mutual ON staff_mutual (mutual_code);

-- Who did it, for what staff do: "staff:<email>"'s e-mail (null for members' own events).
ALTER TABLE audit_event ADD COLUMN agent VARCHAR(254);
CREATE INDEX audit_event_agent ON audit_event (agent, occurred_at);
