-- Mutuals (tenants) and their members. Same SQL for H2 and PostgreSQL.
-- Sequences step by 50: EclipseLink allocates ids in blocks of 50.

CREATE SEQUENCE mutual_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE member_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE mutual (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(120) NOT NULL,
    sender_address  VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT mutual_code_unique UNIQUE (code)
);

CREATE TABLE member (
    id              BIGINT       NOT NULL PRIMARY KEY,
    mutual_id       BIGINT       NOT NULL REFERENCES mutual (id),
    member_number   VARCHAR(20)  NOT NULL,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT member_number_unique UNIQUE (mutual_id, member_number)
);
