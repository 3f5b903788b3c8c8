package fr.memberspace.throttle.control;

/**
 * The counter of one client for a member number: a known device of the member, or all the
 * others together ({@link Clients#OTHERS}, who also have a daily budget).
 */
public record ClientFailures(boolean others, Failures failures, StrangersBudget.Day day) {
}
