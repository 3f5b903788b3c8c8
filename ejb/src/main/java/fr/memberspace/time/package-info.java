/**
 * The application's clock, in one place so tests can move time instead of sleeping, and
 * the mapping of {@link java.time.Instant} to {@code TIMESTAMP WITH TIME ZONE} columns, so
 * that instants are UTC by construction, whatever the server's time zone.
 */
package fr.memberspace.time;
