/**
 * The picture challenge that tells members from bots: the catalogue of hand-drawn pictures,
 * challenges as tokens the server signs (the draw derived from their nonce, nothing stored
 * until an answer), the check of an answer, once, and the text alternative for screen readers.
 */
package fr.memberspace.challenge;
