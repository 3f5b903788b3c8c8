/**
 * The mutual's password rules as pages show them: the live checklist, the customer guide's
 * sentences, and the messages of broken rules; shared by the wizard and the member space.
 */
package fr.memberspace.web.password;
