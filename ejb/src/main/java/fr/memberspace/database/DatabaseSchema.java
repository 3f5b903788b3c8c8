package fr.memberspace.database;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;


/**
 * Brings the schema up to date when the application starts, before JPA is first used
 * (EclipseLink connects lazily; startup beans that use JPA declare {@code @DependsOn}).
 * <p>
 * Bean-managed transactions: Flyway commits each migration itself, which a container
 * transaction would forbid. When the system property {@value #DEMO_PROPERTY} is
 * {@code true} (set only by the run command), the demo data of {@code db/demo} is loaded
 * once, with its own history table, so a restart keeps what members changed.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

    public static final String DEMO_PROPERTY = "memberspace.demo";

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = "java:jboss/datasources/MemberSpaceDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Migrations.on(dataSource).migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        if (Boolean.getBoolean(DEMO_PROPERTY)) {
            var demo = Flyway.configure(DatabaseSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("demo_data_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.warning(() -> "DEMO DATA enabled (" + DEMO_PROPERTY + "=true): "
                    + demo.migrationsExecuted + " demo scripts applied now. Never in production.");
        }
    }
}
