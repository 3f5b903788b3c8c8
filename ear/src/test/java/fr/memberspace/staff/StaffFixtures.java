package fr.memberspace.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.staff.entity.StaffMember;
import fr.memberspace.staff.entity.StaffStatus;
import fr.memberspace.team.control.Base32;
import fr.memberspace.team.control.TotpCodes;
import fr.memberspace.team.control.TotpSecrets;

/**
 * Test-only: staff accounts with a known password and TOTP secret, made straight in the
 * database (in-container tests inject it; client tests reach it through the support module,
 * {@code POST /it-support/staff}). The e-mails of {@link AsAdmin}, {@link AsAgent} and
 * {@link AsOtherAgent} are {@link #ADMIN}, {@link #AGENT} and {@link #OTHER_AGENT}: create
 * them (with the mutuals the test needs) before calling through those beans.
 */
@ApplicationScoped
@Transactional
public class StaffFixtures {

    public static final String ADMIN = "admin@it.example";
    public static final String AGENT = "agent@it.example";
    public static final String OTHER_AGENT = "other-agent@it.example";
    /** The password of every fixture account (14 characters or more, 4 classes, not common). */
    public static final String PASSWORD = "Equipe#Support-2026";
    /** The TOTP secret (base32, 160 bits) of every enrolled fixture account. */
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @PersistenceContext
    EntityManager em;

    @Inject
    TotpSecrets secrets;

    @Inject
    PasswordHashes hashes;

    @Inject
    Clock clock;

    /**
     * An active administrator with {@link #PASSWORD} and, if {@code enrolled}, the second
     * factor {@link #TOTP_SECRET} confirmed; made afresh if it existed.
     */
    public StaffMember admin(String email, boolean enrolled) {
        return create(email, "Admin " + email, StaffRoles.ADMIN, enrolled, Set.of());
    }

    /** An active support agent of these mutuals, as {@link #admin}. */
    public StaffMember agent(String email, boolean enrolled, Set<String> mutuals) {
        return create(email, "Agent " + email, StaffRoles.SUPPORT, enrolled, mutuals);
    }

    /** Any staff account, replacing one of the same e-mail. */
    public StaffMember create(String email, String name, String role, boolean enrolled, Set<String> mutuals) {
        var staff = em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
        if (staff == null) {
            staff = new StaffMember(email, name, role, StaffStatus.ACTIVE, clock.instant());
            em.persist(staff);
        } else if (!staff.getRole().equals(role)) {
            em.remove(staff);
            em.flush();
            staff = new StaffMember(email, name, role, StaffStatus.ACTIVE, clock.instant());
            em.persist(staff);
        }
        staff.rename(name);
        staff.enable();
        staff.choosePassword(hashes.hash(PASSWORD), clock.instant());
        staff.signedIn(clock.instant());
        staff.reachOnly(mutuals);
        staff.startTotpEnrolment(enrolled ? secrets.seal(email, TOTP_SECRET) : null);
        if (enrolled) {
            // confirmed a minute ago: the current code has not been used yet
            staff.confirmTotp(TotpCodes.step(clock.instant()) - 2, clock.instant());
        }
        em.flush();
        return staff;
    }

    /** Forgets the last TOTP step used, so the current code may sign the account in again. */
    public void forgetLastCode(String email) {
        em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class).setParameter("email", email)
                .getResultStream().findFirst()
                .ifPresent(staff -> staff.totpUsed(TotpCodes.step(clock.instant()) - 2));
    }

    /** Disables an account (it keeps its rows). */
    public void disable(String email) {
        em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class).setParameter("email", email)
                .getResultStream().findFirst().ifPresent(StaffMember::disable);
    }

    /** The code an authenticator app with {@link #TOTP_SECRET} shows at this instant. */
    public static String codeAt(Instant at) {
        return TotpCodes.code(Base32.decode(TOTP_SECRET).orElseThrow(), at);
    }
}
