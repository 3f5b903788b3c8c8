/**
 * E-mail to members: messages handed to the WildFly mail session (Jakarta Mail), with
 * a no-reply sender and both text and HTML parts.
 */
package fr.memberspace.mail;
