-- The server secret is no longer kept in the database: MEMBERSPACE_SECRET is required (a
-- dump or backup alone holds no key). platform_secret keeps only keys the platform made
-- for itself, sealed under the server secret (the decoy key, made at the next start).
DELETE FROM platform_secret WHERE name = 'server';

-- Code hashes name the key that made them ("<key id>:<hmac>"), for rotation.
ALTER TABLE activation_code ALTER COLUMN code_hash SET DATA TYPE VARCHAR(80);
