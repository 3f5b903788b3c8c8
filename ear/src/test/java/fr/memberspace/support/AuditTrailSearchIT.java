package fr.memberspace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.AsAdmin;
import fr.memberspace.staff.AsAgent;
import fr.memberspace.staff.AsMember;
import fr.memberspace.staff.StaffCallers;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.support.boundary.AuditFilter;
import fr.memberspace.support.boundary.AuditTrailSearch;
import fr.memberspace.support.boundary.TrailLine;

/**
 * The audit trail for the back-office, inside WildFly: the administrator reads every
 * mutual's lines, a support agent only its mutuals' (in the query: no filter widens it),
 * filters, pages, and the CSV export with its cells made inert for spreadsheets.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return AssertJ.in(Deployments.withTestClasses(StaffCallers.with(AuditTrailSearchIT.class, AssertJ.class, Fixtures.class)));
    }

    @Inject
    StaffFixtures staff;

    @EJB
    AuditTrailSearch search;

    @EJB
    Mutuals mutuals;

    @EJB
    Accounts accounts;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgentOfA;

    @EJB
    AsMember asMember;

    String mutualA;
    String mutualB;
    Instant start;

    @BeforeEach
    void twoMutualsWithATrail() {
        start = Instant.now().minusSeconds(1);
        mutualA = Fixtures.mutualCode();
        mutualB = Fixtures.mutualCode();
        mutuals.register(mutualA, "Mutuelle A", "no-reply@a.example.org");
        mutuals.register(mutualB, "Mutuelle B", "no-reply@b.example.org");
        staff.admin(StaffFixtures.ADMIN, true);
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutualA));
        accounts.signIn(Fixtures.request(mutualA), "700001", "Wrong#Password1");
        accounts.signIn(Fixtures.request(mutualA), "700002", "Wrong#Password1");
        accounts.signIn(Fixtures.request(mutualB), "800001", "Wrong#Password1");
        accounts.signIn(new RequestContext(mutualA, "203.0.113.9", "=HYPERLINK(\"http://evil.example\",\"x\")",
                Locale.FRENCH), "700003", "Wrong#Password1");
    }

    AuditFilter since(String mutual, String number, AuditType type) {
        return new AuditFilter(mutual, number, type, start, null);
    }

    @Test
    void onlyStaffReadsTheTrail() {
        assertThatThrownBy(() -> search.search(AuditFilter.NONE, 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asMember.call(() -> search.search(AuditFilter.NONE, 0, 10)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theAdministratorReadsEveryMutualsLines() throws Exception {
        var lines = asAdmin.call(() -> search.search(since(null, null, null), 0, 100)).rows();

        assertThat(lines).extracting(TrailLine::mutualCode).contains(mutualA, mutualB);
    }

    @Test
    void anAgentReadsOnlyItsMutualsLinesWhateverItAsks() throws Exception {
        var lines = asAgentOfA.call(() -> search.search(since(null, null, null), 0, 100)).rows();

        assertThat(lines).extracting(TrailLine::mutualCode).containsOnly(mutualA);
        assertThat(lines).extracting(TrailLine::memberNumber).contains("700001", "700002").doesNotContain("800001");
        assertThatThrownBy(() -> asAgentOfA.call(() -> search.search(since(mutualB, null, null), 0, 100)))
                .isInstanceOf(OutOfScope.class);
        assertThat(asAgentOfA.call(() -> search.search(since(null, "800001", null), 0, 100)).rows()).isEmpty();
    }

    @Test
    void filtersNarrowAndPagesComeNewestFirst() throws Exception {
        var one = asAdmin.call(() -> search.search(since(mutualA, "700002", AuditType.SIGN_IN_UNKNOWN_MEMBER), 0, 10));
        assertThat(one.rows()).singleElement().satisfies(line -> assertThat(line.memberNumber()).isEqualTo("700002"));

        var page = asAdmin.call(() -> search.search(since(mutualA, null, null), 1, 1));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows()).extracting(TrailLine::memberNumber).containsExactly("700002");

        var future = new AuditFilter(mutualA, null, null, Instant.now().plus(1, ChronoUnit.DAYS), null);
        assertThat(asAdmin.call(() -> search.search(future, 0, 10)).total()).isZero();
    }

    @Test
    void theCsvHoldsTheLinesWithFormulasMadeInert() throws Exception {
        var out = new StringBuilder();
        long written = asAgentOfA.call(() -> search.exportCsv(since(null, null, null), out));

        assertThat(written).isEqualTo(3);
        var csv = out.toString();
        assertThat(csv).startsWith("occurred_at,type,mutual,member_number,client_address,user_agent,detail");
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK", "\"=HYPERLINK").doesNotContain("800001");
        var exported = asAdmin.call(() -> search.search(new AuditFilter(null, null, AuditType.AUDIT_EXPORTED, start, null), 0, 10));
        assertThat(exported.rows()).singleElement()
                .satisfies(line -> assertThat(line.detail()).contains("3 lines"));
    }
}
