/**
 * Slowing down password guessing: per member number (growing delays, then locks that double
 * up to a maximum; {@code FailureCounters} owns the row lock of a number's counter) and per
 * client address (sliding windows of attempts).
 */
package fr.memberspace.throttle;
