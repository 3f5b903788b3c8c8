/**
 * Stored password hashes as PHC strings: Argon2id with OWASP parameters for new passwords,
 * PBKDF2-SHA256 only verified (imported from the old platform) and re-hashed at next sign-in.
 */
package fr.memberspace.password.hash;
