/**
 * The back-office's mutuals (platform administrators): the paged table of mutuals and the
 * form that creates one or changes its identity and settings, with the CNIL line beside
 * the password policy.
 */
package fr.memberspace.web.admin.mutuals;
