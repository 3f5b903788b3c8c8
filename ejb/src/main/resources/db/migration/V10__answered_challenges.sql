-- Challenges are signed tokens now: showing one stores nothing. Only answers are kept, one
-- row per challenge nonce (the primary key refuses a second answer), until the challenge
-- has expired. expires_at is in seconds since the epoch, so no time zone can shift it.

DROP TABLE challenge_picture;
DROP TABLE challenge;

CREATE TABLE answered_challenges (
    nonce       VARCHAR(22)  NOT NULL PRIMARY KEY,
    expires_at  BIGINT       NOT NULL
);
CREATE INDEX answered_challenges_expiry ON answered_challenges (expires_at);
