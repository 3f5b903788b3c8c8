/**
 * The database schema: Flyway migrations (plain SQL, same on H2 and PostgreSQL) run at
 * deployment, before anything uses JPA; and the optional demo data of the run command.
 */
package fr.memberspace.database;
