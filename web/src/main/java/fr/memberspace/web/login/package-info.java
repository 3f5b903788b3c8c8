/**
 * Signing in: the login page with its image challenge, and the Jakarta Security mechanism
 * that asks the accounts boundary and tells the container who the member is.
 */
package fr.memberspace.web.login;
