-- The image anti-robot challenge: each challenge is shown once, answered once, expires.
-- Pictures are served under random ids (challenge_picture.id), never under their names.

CREATE TABLE challenge (
    id           VARCHAR(43)  NOT NULL PRIMARY KEY,
    mutual_code  VARCHAR(32)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    answer       VARCHAR(43)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    used         BOOLEAN      NOT NULL
);
CREATE INDEX challenge_expiry ON challenge (expires_at);

CREATE TABLE challenge_picture (
    id           VARCHAR(43)  NOT NULL PRIMARY KEY,
    challenge_id VARCHAR(43)  NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
    picture_key  VARCHAR(32)  NOT NULL,
    position     INTEGER      NOT NULL
);
CREATE INDEX challenge_picture_challenge ON challenge_picture (challenge_id);
