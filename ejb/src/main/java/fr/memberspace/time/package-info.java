/**
 * The application's clock, in one place so tests can move time instead of sleeping,
 * and the mapping of {@link java.time.Instant} to SQL timestamps (UTC).
 */
package fr.memberspace.time;
