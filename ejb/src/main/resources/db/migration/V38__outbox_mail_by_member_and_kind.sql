-- An import's invitations are queued once per member: the step looks up, before queueing, whether
-- the member already has one (ImportInvitations), so a restarted step queues none twice.
CREATE INDEX outbox_mail_member_kind ON outbox_mail (mutual_code, member_number, kind);
