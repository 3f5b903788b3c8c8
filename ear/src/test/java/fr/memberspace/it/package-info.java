/**
 * Integration tests on the WildFly the build provisions: the real EAR, real database,
 * real SMTP (GreenMail). {@link fr.memberspace.it.Deployments} builds what they deploy.
 */
package fr.memberspace.it;
