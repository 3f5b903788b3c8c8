/**
 * The application's health checks as MicroProfile Health sees them. WildFly looks for the
 * checks of an EAR only in the bean archives of its {@code lib/} (not in its EJB jar or web
 * module), so this small jar declares them there; the EJB jar, which can reach the
 * database and the outbox, registers what each check answers ({@link fr.memberspace.health.Probes}).
 */
package fr.memberspace.health;
