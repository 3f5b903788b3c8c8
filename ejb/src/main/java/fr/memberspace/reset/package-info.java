/**
 * The reset and first-connection wizard's use case: identify a number, e-mail an activation
 * code, verify it, set the new password. {@link fr.memberspace.reset.boundary.PasswordResets}
 * is the door; it calls the controls of account, activation, throttle and challenge.
 */
package fr.memberspace.reset;
