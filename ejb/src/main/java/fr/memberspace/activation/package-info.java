/**
 * Activation codes (controls and entity, no door of their own): policy, generation, keyed
 * hashing, reading what the member typed, when a new code may be sent, and the issued codes
 * of a number with their grant ({@code IssuedCodes}). Knows nothing of members; the reset
 * boundary uses it.
 */
package fr.memberspace.activation;
