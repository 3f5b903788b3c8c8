/**
 * A mutual (tenant of the shared platform): its code in URLs, display name, no-reply
 * sender and settings. {@link fr.memberspace.mutual.boundary.Mutuals} is the door.
 */
package fr.memberspace.mutual;
