package fr.memberspace.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.resource.ResourceException;

import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached", however deep they are wrapped. */
class DatabaseOutageTest {

    @Test
    void thePoolGivingNoConnectionIsAnOutage() {
        var pool = new SQLException("IJ031020: You are trying to use a connection factory that has been shut down",
                new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/MemberSpaceDS"));

        assertThat(DatabaseOutage.causes(new FacesException(new EJBException(new RuntimeException(pool))))).isTrue();
    }

    @Test
    void aConnectionFailureIsOneByItsSqlStateOrItsType() {
        assertThat(DatabaseOutage.causes(new EJBException(new SQLException("Connection refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOtherFailuresAreNot() {
        assertThat(DatabaseOutage.causes(new SQLIntegrityConstraintViolationException("duplicate", "23505"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.causes(new FacesException(new IllegalStateException("bug")))).isFalse();
        assertThat(DatabaseOutage.causes(null)).isFalse();
    }
}
