-- The back-office reads the audit trail newest first, for every mutual (the platform's
-- administrator) or for a few (a support agent): indexes by time, and by mutual then time.
-- Same SQL for H2 and PostgreSQL.
CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE INDEX audit_event_mutual_time ON audit_event (mutual_code, occurred_at);
