/**
 * Passwords of the member space: the per-mutual password policy and its rules, and the
 * hashes stored for passwords (Argon2id, plus PBKDF2 imported from the old platform).
 */
package fr.memberspace.password;
