-- Credentials, activation codes, throttling, audit trail and mail outbox.
-- Same SQL for H2 and PostgreSQL.

-- Settings of each mutual; the defaults are the policy of the customer's guide (MCRN).
ALTER TABLE mutual ADD COLUMN code_length            INTEGER     DEFAULT 6    NOT NULL;
ALTER TABLE mutual ADD COLUMN code_validity_seconds  INTEGER     DEFAULT 600  NOT NULL;
ALTER TABLE mutual ADD COLUMN code_max_wrong_tries   INTEGER     DEFAULT 5    NOT NULL;
ALTER TABLE mutual ADD COLUMN code_cooldown_seconds  INTEGER     DEFAULT 60   NOT NULL;
ALTER TABLE mutual ADD COLUMN codes_per_hour         INTEGER     DEFAULT 5    NOT NULL;
ALTER TABLE mutual ADD COLUMN password_min_length    INTEGER     DEFAULT 12   NOT NULL;
ALTER TABLE mutual ADD COLUMN password_max_length    INTEGER     DEFAULT 128  NOT NULL;
ALTER TABLE mutual ADD COLUMN password_classes       INTEGER     DEFAULT 3    NOT NULL;
ALTER TABLE mutual ADD COLUMN password_forbidden     VARCHAR(32) DEFAULT '''%\_' NOT NULL;
ALTER TABLE mutual ADD COLUMN password_blocklist     BOOLEAN     DEFAULT TRUE NOT NULL;
ALTER TABLE mutual ADD COLUMN password_member_data   BOOLEAN     DEFAULT TRUE NOT NULL;
ALTER TABLE mutual ADD COLUMN password_history       INTEGER     DEFAULT 5    NOT NULL;
ALTER TABLE mutual ADD COLUMN lock_after_failures    INTEGER     DEFAULT 5    NOT NULL;
ALTER TABLE mutual ADD COLUMN lock_first_seconds     INTEGER     DEFAULT 60   NOT NULL;
ALTER TABLE mutual ADD COLUMN lock_max_seconds       INTEGER     DEFAULT 900  NOT NULL;

-- The member's password (a PHC string: Argon2id, or PBKDF2 imported from an old platform).
ALTER TABLE member ADD COLUMN password_hash       VARCHAR(255);
ALTER TABLE member ADD COLUMN password_changed_at TIMESTAMP;
ALTER TABLE member ADD COLUMN last_sign_in_at     TIMESTAMP;

CREATE SEQUENCE password_history_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE password_history (
    id            BIGINT       NOT NULL PRIMARY KEY,
    member_id     BIGINT       NOT NULL REFERENCES member (id),
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP    NOT NULL
);
CREATE INDEX password_history_member ON password_history (member_id, created_at);

-- Sign-in failures per member number typed, known or not: an unknown number is throttled
-- and locked exactly like a real one, so the answers never tell them apart.
CREATE TABLE sign_in_failures (
    mutual_code    VARCHAR(32) NOT NULL,
    member_number  VARCHAR(20) NOT NULL,
    consecutive    INTEGER     NOT NULL,
    locks          INTEGER     NOT NULL,
    last_failure   TIMESTAMP,
    locked_until   TIMESTAMP,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (mutual_code, member_number)
);

-- Activation codes, also per member number typed: an unknown number gets a code nobody
-- knows (and no e-mail), with the same cooldown, limits and tries as a real one.
CREATE SEQUENCE activation_code_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE activation_code (
    id               BIGINT       NOT NULL PRIMARY KEY,
    mutual_code      VARCHAR(32)  NOT NULL,
    member_number    VARCHAR(20)  NOT NULL,
    purpose          VARCHAR(20)  NOT NULL,
    code_hash        VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMP    NOT NULL,
    expires_at       TIMESTAMP    NOT NULL,
    wrong_tries      INTEGER      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    grant_hash       VARCHAR(64),
    grant_expires_at TIMESTAMP,
    closed_at        TIMESTAMP
);
CREATE INDEX activation_code_number ON activation_code (mutual_code, member_number, created_at);

-- Events per client address, counted per minute for sliding-window limits.
CREATE SEQUENCE address_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE address_event (
    id          BIGINT      NOT NULL PRIMARY KEY,
    address     VARCHAR(64) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    event_minute TIMESTAMP  NOT NULL
);
CREATE INDEX address_event_window ON address_event (address, kind, event_minute);

-- Append-only audit trail. Never a password, a code or a hash.
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP    NOT NULL,
    type           VARCHAR(40)  NOT NULL,
    mutual_code    VARCHAR(32),
    member_number  VARCHAR(20),
    client_address VARCHAR(64),
    user_agent     VARCHAR(255),
    detail         VARCHAR(255)
);
CREATE INDEX audit_event_member ON audit_event (mutual_code, member_number, occurred_at);

-- E-mails written in the transaction that asks for them, sent after commit.
CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id              BIGINT        NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP     NOT NULL,
    mutual_code     VARCHAR(32)   NOT NULL,
    member_number   VARCHAR(20),
    kind            VARCHAR(40)   NOT NULL,
    sender          VARCHAR(254)  NOT NULL,
    sender_name     VARCHAR(120)  NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    text_body       VARCHAR(20000) NOT NULL,
    html_body       VARCHAR(40000),
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    last_error      VARCHAR(255)
);
CREATE INDEX outbox_mail_due ON outbox_mail (status, next_attempt_at);

-- Secrets the platform generates for itself when none is configured (keyed hashes of codes).
CREATE TABLE platform_secret (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at TIMESTAMP    NOT NULL
);
