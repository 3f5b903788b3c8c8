/**
 * Activation codes sent by e-mail to reset a password: their policy, generation, keyed
 * hashing, reading of what the member typed, and when a new code may be sent.
 */
package fr.memberspace.activation;
