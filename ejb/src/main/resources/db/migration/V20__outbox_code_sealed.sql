-- No readable activation code at rest: a code mail keeps its body with a slot where the
-- code goes, and the code itself encrypted (AES-GCM, key derived from the server secret,
-- "<key id>:<base64url>"); the code is put in the slot at send time. Once the mail is sent,
-- or once the code has expired, the sealed code and the body are erased (hence nullable).
-- Same SQL for H2 and PostgreSQL.
ALTER TABLE outbox_mail ADD COLUMN sealed_code VARCHAR(200);
ALTER TABLE outbox_mail ADD COLUMN code_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_mail ALTER COLUMN text_body DROP NOT NULL;
CREATE INDEX outbox_mail_code_expiry ON outbox_mail (code_expires_at);
