package fr.memberspace.database;

import java.sql.SQLException;
import java.util.Base64;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import org.flywaydb.core.Flyway;

import fr.memberspace.secret.control.ServerSecret;

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
        ensureServerSecret();
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

    /** Generates the stored server secret once (see {@link ServerSecret}); another node may win the race. */
    private void ensureServerSecret() {
        if (System.getenv(ServerSecret.ENVIRONMENT) == null) {
            LOG.warning(ServerSecret.ENVIRONMENT + " is not set: the server secret kept in the database is used");
        }
        var random = fr.memberspace.secret.control.RandomIds.bytes(48);
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO platform_secret (name, secret, created_at)"
                     + " SELECT ?, ?, CURRENT_TIMESTAMP WHERE NOT EXISTS"
                     + " (SELECT 1 FROM platform_secret WHERE name = ?)")) {
            insert.setString(1, ServerSecret.NAME);
            insert.setString(2, Base64.getEncoder().encodeToString(random));
            insert.setString(3, ServerSecret.NAME);
            if (insert.executeUpdate() == 1) {
                LOG.info("Generated the server secret");
            }
        } catch (SQLException e) {
            LOG.info(() -> "Server secret made by another node: " + e.getMessage());
        }
    }
}
