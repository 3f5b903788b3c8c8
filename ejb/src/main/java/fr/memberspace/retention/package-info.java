/**
 * How long the platform keeps what it records (audit trail, finished mails, old password
 * hashes), and the timer that deletes what has outlived its period, on every node at once.
 */
package fr.memberspace.retention;
