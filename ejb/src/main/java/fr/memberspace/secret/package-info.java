/**
 * The server secret that keys the hashes of activation codes and the decoy addresses:
 * from the environment ({@code MEMBERSPACE_SECRET}) or, if none, generated once and kept in
 * the database so every node of a cluster shares it.
 */
package fr.memberspace.secret;
