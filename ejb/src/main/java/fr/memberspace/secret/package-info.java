/**
 * The server secret (from {@code MEMBERSPACE_SECRET} or, if none, generated once and kept
 * in the database so every node of a cluster shares it), the one keyed hash that uses it
 * ({@code KeyedHash}: codes, decoy addresses) and the one maker of random ids ({@code RandomIds}).
 */
package fr.memberspace.secret;
