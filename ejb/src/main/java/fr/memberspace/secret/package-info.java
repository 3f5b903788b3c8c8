/**
 * The server secret ({@code MEMBERSPACE_SECRET}, checked at startup, with a previous one
 * during a rotation), the keys derived from it with their key ids, sealing (AES-GCM) of
 * values kept at rest, the decoy key kept sealed in the database, the one keyed hash
 * ({@code KeyedHash}) and the one maker of random ids ({@code RandomIds}).
 */
package fr.memberspace.secret;
