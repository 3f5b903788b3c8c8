/**
 * The server secret ({@code MEMBERSPACE_SECRET}, checked at startup, with a previous one
 * during a rotation), the keys derived from it with their key ids, sealing (AES-GCM) of
 * values kept at rest, and the decoy key kept sealed in the database.
 */
package fr.memberspace.secret;
