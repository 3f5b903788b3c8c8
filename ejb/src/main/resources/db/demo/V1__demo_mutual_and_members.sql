-- Demo data for the run command only (system property memberspace.demo=true).
-- Loaded once: its own history table keeps it from running again at the next start.
-- Negative ids: the sequences (and EclipseLink's blocks of ids) never reach them.
-- Passwords (Argon2id): 193592 'Ancien#Passe2024' (must renew), 100002 'Adherent#2026ok'.

INSERT INTO mutual (id, code, name, sender_address, created_at)
VALUES (-1, 'mcrn', 'MCRN', 'no-reply@mcrn.example.org', CURRENT_TIMESTAMP);

INSERT INTO member (id, mutual_id, member_number, first_name, last_name, email, status, created_at, version,
                    password_hash, password_changed_at)
VALUES (-1, -1, '193592', 'Camille', 'Martin', 'adherent.193592@example.org', 'MUST_RENEW', CURRENT_TIMESTAMP, 0,
        '$argon2id$v=19$m=19456,t=2,p=1$/zpVWxLFGux3AB9SDia13g$yhaPPOqIDT3RETLHTfiR79z9xGm7Eyl491ZIOtKcAAg',
        CURRENT_TIMESTAMP),
       (-2, -1, '100001', 'Louis', 'Bernard', 'adherent.100001@example.org', 'NO_PASSWORD', CURRENT_TIMESTAMP, 0,
        NULL, NULL),
       (-3, -1, '100002', 'Chloé', 'Dubois', 'adherent.100002@example.org', 'ACTIVE', CURRENT_TIMESTAMP, 0,
        '$argon2id$v=19$m=19456,t=2,p=1$NdQhdpDbvQ+vUBRrFUTNpg$/C0bL/CzngMyY/7dEE/9YewjsUXo3AOUmb5QY3kVnH0',
        CURRENT_TIMESTAMP);
