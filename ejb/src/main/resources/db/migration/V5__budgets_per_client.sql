-- Budgets per client (issue #9.1): a stranger elsewhere must not lock the member out nor use
-- up the member's codes. A client is a known device (a browser that shows a ticket signed
-- for the number, given at a successful sign-in or reset) or "others", every other client
-- together. Same SQL for H2 and PostgreSQL.

-- Sign-in failures per (number, client); "others" also count their wrong passwords of the
-- day (10 a day at most, whatever their addresses). The old per-number counters go: a
-- counter lost at the upgrade only gives back a few minutes of lock.
CREATE TABLE client_sign_in_failures (
    mutual_code    VARCHAR(32) NOT NULL,
    member_number  VARCHAR(20) NOT NULL,
    client         VARCHAR(64) NOT NULL,
    consecutive    INTEGER     NOT NULL,
    locks          INTEGER     NOT NULL,
    last_failure   TIMESTAMP WITH TIME ZONE,
    locked_until   TIMESTAMP WITH TIME ZONE,
    day_start      TIMESTAMP WITH TIME ZONE,
    day_failures   INTEGER     NOT NULL,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (mutual_code, member_number, client)
);
DROP TABLE sign_in_failures;

-- Activation codes belong to the client that asked for them: its own limits, and only its
-- own codes are replaced by a new one or checked against what it types.
ALTER TABLE activation_code ADD COLUMN client VARCHAR(64) DEFAULT 'others' NOT NULL;
CREATE INDEX activation_code_client ON activation_code (mutual_code, member_number, client, created_at);
