/**
 * What a mutual's support desk (or the platform's administrator) does for members: find
 * them, read their account and audit trail, unlock, require a renewal, invite to the
 * wizard, correct the e-mail address, and search or export the audit trail. Every door
 * checks the agent's reach ({@code staff.control.StaffScope}) itself, not only the pages.
 */
package fr.memberspace.support;
