package fr.memberspace.database;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** The product's Flyway migrations ({@code db/migration}) on a datasource: applied at startup, checked by readiness. */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway on(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }
}
