-- How many first-connection invitations an import queues per minute for a mutual: the outbox
-- spreads their first attempts so a relay never gets a whole member base at once. Checked like
-- the other settings (SettingsCheck.INVITATIONS_PER_MINUTE). Same SQL for H2 and PostgreSQL.
ALTER TABLE mutual ADD COLUMN invitations_per_minute INTEGER DEFAULT 600 NOT NULL;
ALTER TABLE mutual ADD CONSTRAINT mutual_invitations_per_minute_range CHECK (invitations_per_minute BETWEEN 1 AND 6000);
