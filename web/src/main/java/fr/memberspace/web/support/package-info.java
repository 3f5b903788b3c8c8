/**
 * The support desk's pages of the back-office: members (search), a member's page (state,
 * trail, actions) and the audit trail (filters, CSV). Each bean calls one boundary, which
 * checks the agent's reach itself; an answer out of reach is shown as "not found".
 */
package fr.memberspace.web.support;
