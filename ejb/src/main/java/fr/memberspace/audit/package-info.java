/**
 * The append-only audit trail: who did what, when, from where. Never a password, a code or
 * a hash.
 */
package fr.memberspace.audit;
