/**
 * The reset and first-connection wizard: member number, activation code by e-mail, new
 * password. Every step is checked on the server; the boundaries hold the rules.
 */
package fr.memberspace.web.reset;
