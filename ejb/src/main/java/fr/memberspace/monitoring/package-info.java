/**
 * What IT watches: readiness and liveness checks for WildFly's health endpoint (MicroProfile
 * Health) and meters for its Prometheus endpoint (Micrometer), both on the management interface.
 */
package fr.memberspace.monitoring;
