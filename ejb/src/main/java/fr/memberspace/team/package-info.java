/**
 * The staff's use cases: signing in at /admin/ (password, then a TOTP second factor enrolled
 * at the first sign-in), accepting an invitation, and the team page where an administrator
 * creates support agents, sets their mutuals and disables them; the first administrator
 * made at startup. Who the staff are is the {@code staff} feature.
 */
package fr.memberspace.team;
