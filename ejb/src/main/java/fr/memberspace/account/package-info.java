/**
 * A member of a mutual, the state of their account (active, must renew, no password yet)
 * and how their e-mail is shown masked. {@link fr.memberspace.account.boundary.Accounts} is the door.
 */
package fr.memberspace.account;
