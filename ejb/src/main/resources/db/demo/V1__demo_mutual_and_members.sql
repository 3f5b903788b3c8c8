-- Demo data for the run command only (system property memberspace.demo=true).
-- Loaded once: its own history table keeps it from running again at the next start.

INSERT INTO mutual (id, code, name, sender_address, created_at)
VALUES (1, 'mcrn', 'MCRN', 'no-reply@mcrn.example.org', CURRENT_TIMESTAMP);

INSERT INTO member (id, mutual_id, member_number, first_name, last_name, email, status, created_at, version)
VALUES (1, 1, '193592', 'Camille', 'Martin', 'adherent.193592@example.org', 'MUST_RENEW', CURRENT_TIMESTAMP, 0),
       (2, 1, '100001', 'Louis', 'Bernard', 'adherent.100001@example.org', 'NO_PASSWORD', CURRENT_TIMESTAMP, 0),
       (3, 1, '100002', 'Chloé', 'Dubois', 'adherent.100002@example.org', 'ACTIVE', CURRENT_TIMESTAMP, 0);
