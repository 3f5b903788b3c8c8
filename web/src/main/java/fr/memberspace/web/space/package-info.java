/** The member space after sign-in: home, sign out. Reached only by a member of the mutual. */
package fr.memberspace.web.space;
