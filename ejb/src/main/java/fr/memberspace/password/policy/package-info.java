/**
 * The password policy of a mutual: its settings (length, classes, forbidden characters,
 * blocklist, member data, history) and the rules it builds from them and runs all at once.
 */
package fr.memberspace.password.policy;
