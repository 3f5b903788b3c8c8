/**
 * Slowing down password guessing: per member number (growing delays, then locks that double
 * up to a maximum; {@code FailureCounters} owns the row lock of a number's counter, {@code TryReservations}
 * keeps concurrent tries within sequential ones while no lock is held) and per
 * client address (sliding windows of attempts).
 */
package fr.memberspace.throttle;
