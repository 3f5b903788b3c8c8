/**
 * A member of a mutual, the state of their account (active, must renew, no password yet),
 * the password check of a sign-in ({@code SignInCheck}, with no lock held), a new password under the mutual's policy
 * ({@code Passwords}) and the masked or decoy e-mail. {@link fr.memberspace.account.boundary.Accounts}
 * is the door for sign-in and the member space; it knows nothing of activation codes.
 */
package fr.memberspace.account;
