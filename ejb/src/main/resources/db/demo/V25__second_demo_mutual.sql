-- A second demo mutual (run command only): its own colour, a stricter policy (passwords of
-- 14 characters or more, 8-digit codes) and member numbers with letters.
-- Passwords (Argon2id, the same as MCRN's demo): MOA193592 'Ancien#Passe2024' (must renew),
-- MOA100002 'Adherent#2026ok'.

INSERT INTO mutual (id, code, name, sender_address, created_at, brand_colour, number_format,
                    password_min_length, code_length)
VALUES (-2, 'moa', 'Mutuelle de l''Ouest Atlantique', 'no-reply@moa.example.org', CURRENT_TIMESTAMP, '#0f7b5f',
        'LETTERS_AND_DIGITS', 14, 8);

INSERT INTO member (id, mutual_id, member_number, first_name, last_name, email, status, created_at, version,
                    password_hash, password_changed_at)
VALUES (-11, -2, 'MOA193592', 'Yann', 'Le Gall', 'adherent.moa193592@example.org', 'MUST_RENEW', CURRENT_TIMESTAMP, 0,
        '$argon2id$v=19$m=19456,t=2,p=1$/zpVWxLFGux3AB9SDia13g$yhaPPOqIDT3RETLHTfiR79z9xGm7Eyl491ZIOtKcAAg',
        CURRENT_TIMESTAMP),
       (-12, -2, 'MOA100001', 'Maëlle', 'Guillou', 'adherent.moa100001@example.org', 'NO_PASSWORD', CURRENT_TIMESTAMP, 0,
        NULL, NULL),
       (-13, -2, 'MOA100002', 'Erwan', 'Tanguy', 'adherent.moa100002@example.org', 'ACTIVE', CURRENT_TIMESTAMP, 0,
        '$argon2id$v=19$m=19456,t=2,p=1$NdQhdpDbvQ+vUBRrFUTNpg$/C0bL/CzngMyY/7dEE/9YewjsUXo3AOUmb5QY3kVnH0',
        CURRENT_TIMESTAMP);
