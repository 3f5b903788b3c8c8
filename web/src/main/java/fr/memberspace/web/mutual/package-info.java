/**
 * The mutual's paths: {@code /{mutual}/...} is resolved to a mutual (or a 404 page) and
 * forwarded to its view; Faces forms post back to the same public paths.
 */
package fr.memberspace.web.mutual;
