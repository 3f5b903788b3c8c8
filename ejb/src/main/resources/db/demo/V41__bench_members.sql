-- Members for bench/MailLatency.java (run command only): 1,000 members of MCRN numbered
-- 200000 to 200999, no password yet, mail to banc.<number>@example.org, so that many
-- wizards at once each ask a code for a member of their own (a member may ask 5 codes an hour).
INSERT INTO member (id, mutual_id, member_number, first_name, last_name, email, status, created_at, version)
SELECT -1000 - (a.x * 100 + b.x * 10 + c.x), -1, CAST(200000 + a.x * 100 + b.x * 10 + c.x AS VARCHAR(20)),
       'Banc', 'Essai', 'banc.' || CAST(200000 + a.x * 100 + b.x * 10 + c.x AS VARCHAR(20)) || '@example.org',
       'NO_PASSWORD', CURRENT_TIMESTAMP, 0
FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS a(x)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS b(x)
CROSS JOIN (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS c(x);
