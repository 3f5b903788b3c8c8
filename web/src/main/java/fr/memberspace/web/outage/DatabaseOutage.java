package fr.memberspace.web.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.resource.ResourceException;

/**
 * Whether a failure means the database cannot be reached (rather than a fault of the
 * request or of the code): the pool could not give a connection, or the connection failed
 * (SQL state class {@code 08}, or PostgreSQL's {@code 57P} "operator intervention": the
 * server shut down or refuses connections).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable failure) {
        int depth = 0;
        for (var cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof ResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
