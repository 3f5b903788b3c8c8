/**
 * What members see while the database does not answer: a page that says the service is
 * unavailable for a moment (503, in their language), never a stack trace or a 500.
 */
package fr.memberspace.web.outage;
