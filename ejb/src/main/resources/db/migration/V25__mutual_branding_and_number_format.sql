-- A mutual's main colour and logo (its pages and e-mails), and the format of its member
-- numbers (a closed set named in MemberNumberFormat; digits by default). Same SQL for H2
-- and PostgreSQL.
ALTER TABLE mutual ADD COLUMN number_format VARCHAR(20) DEFAULT 'DIGITS' NOT NULL;
ALTER TABLE mutual ADD COLUMN brand_colour  VARCHAR(7);
-- the PNG in base64 (at most 64 KiB of PNG: 87,384 characters)
ALTER TABLE mutual ADD COLUMN logo_png      VARCHAR(90000);
