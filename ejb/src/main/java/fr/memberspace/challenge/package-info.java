/**
 * The picture challenge that tells members from bots: the catalogue of hand-drawn pictures,
 * the drawing of a challenge under opaque ids, and its text alternative for screen readers.
 */
package fr.memberspace.challenge;
