/**
 * Slowing down password guessing: per account (growing delays, then locks that double up
 * to a maximum) and per client address (sliding windows of attempts).
 */
package fr.memberspace.throttle;
