-- Every setting of a mutual within its range, as SettingsCheck judges it before saving: a
-- value written by hand in SQL is refused by the database too (a bad value used to break
-- every sign-in of that mutual). Same SQL for H2 and PostgreSQL.
ALTER TABLE mutual ADD CONSTRAINT mutual_code_length_range       CHECK (code_length BETWEEN 5 AND 10);
ALTER TABLE mutual ADD CONSTRAINT mutual_code_validity_range     CHECK (code_validity_seconds BETWEEN 60 AND 3600);
ALTER TABLE mutual ADD CONSTRAINT mutual_code_tries_range        CHECK (code_max_wrong_tries BETWEEN 1 AND 10);
ALTER TABLE mutual ADD CONSTRAINT mutual_code_cooldown_range     CHECK (code_cooldown_seconds BETWEEN 0 AND 3600);
ALTER TABLE mutual ADD CONSTRAINT mutual_codes_per_hour_range    CHECK (codes_per_hour BETWEEN 1 AND 20);
ALTER TABLE mutual ADD CONSTRAINT mutual_password_min_range      CHECK (password_min_length BETWEEN 8 AND 64);
ALTER TABLE mutual ADD CONSTRAINT mutual_password_max_range      CHECK (password_max_length BETWEEN 64 AND 256);
ALTER TABLE mutual ADD CONSTRAINT mutual_password_classes_range  CHECK (password_classes BETWEEN 0 AND 4);
ALTER TABLE mutual ADD CONSTRAINT mutual_password_history_range  CHECK (password_history BETWEEN 0 AND 24);
ALTER TABLE mutual ADD CONSTRAINT mutual_lock_after_range        CHECK (lock_after_failures BETWEEN 1 AND 20);
ALTER TABLE mutual ADD CONSTRAINT mutual_lock_first_range        CHECK (lock_first_seconds BETWEEN 1 AND 3600);
ALTER TABLE mutual ADD CONSTRAINT mutual_lock_max_range          CHECK (lock_max_seconds BETWEEN lock_first_seconds AND 86400);
ALTER TABLE mutual ADD CONSTRAINT mutual_number_format_known     CHECK (number_format IN ('DIGITS', 'LETTERS_AND_DIGITS'));
ALTER TABLE mutual ADD CONSTRAINT mutual_brand_colour_shape      CHECK (brand_colour IS NULL OR brand_colour LIKE '#______');
