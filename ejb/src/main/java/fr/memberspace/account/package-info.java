/**
 * A member of a mutual and the state of their account (active, must renew, no password
 * yet). {@link fr.memberspace.account.boundary.Accounts} is the door.
 */
package fr.memberspace.account;
