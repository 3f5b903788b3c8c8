/**
 * E-mail to members through an outbox: written in the caller's transaction, sent after
 * commit to the WildFly mail session (Jakarta Mail), retried while the SMTP server is down,
 * with a no-reply sender and both text and HTML parts.
 */
package fr.memberspace.mail;
