-- The outbox sends a recipient's mails in order: a mail is due only once no older mail to the
-- same recipient waits (OutboxMail.DUE looks them up by recipient).
CREATE INDEX outbox_mail_recipient ON outbox_mail (recipient, status);
