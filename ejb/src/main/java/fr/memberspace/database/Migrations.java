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
                // a new database may hold the batch job repository's tables before the first
                // migration (WildFly's batch-jberet creates them at boot, configure-batch.cli):
                // start the history below V1 then, so that every migration still runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
