/**
 * The pictures of the anti-robot challenge, served to the pages that show them; the
 * challenges themselves (issue, check once) belong to the challenge boundary.
 */
package fr.memberspace.web.challenge;
