/**
 * A mutual (tenant of the shared platform): its code in URLs, display name, no-reply sender
 * and settings as plain values, from which {@code MutualPolicies} builds the checked code,
 * password and lockout policies. {@link fr.memberspace.mutual.boundary.Mutuals} is the door.
 */
package fr.memberspace.mutual;
