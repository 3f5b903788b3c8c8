package fr.memberspace.it;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The PostgreSQL of the tests' machine and of CI: 127.0.0.1:5432, user {@code postgres},
 * trust authentication. Tests that start servers of their own make their own databases in it.
 */
public final class PostgreSql {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/";

    private PostgreSql() {
    }

    /** Whether PostgreSQL answers on 127.0.0.1:5432. */
    public static boolean reachable() {
        try (var connection = DriverManager.getConnection(URL + "postgres", "postgres", "postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Drops the database if it exists (closing its connections) and creates it empty. */
    public static void fresh(String database) throws SQLException {
        try (var connection = DriverManager.getConnection(URL + "postgres", "postgres", "postgres");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    /** The server environment ({@code MEMBERSPACE_DB_*}) for this JDBC URL. */
    public static Map<String, String> environment(String jdbcUrl) {
        return Map.of("MEMBERSPACE_DB_DRIVER", "postgresql",
                "MEMBERSPACE_DB_URL", jdbcUrl,
                "MEMBERSPACE_DB_USER", "postgres",
                "MEMBERSPACE_DB_PASSWORD", "postgres");
    }
}
