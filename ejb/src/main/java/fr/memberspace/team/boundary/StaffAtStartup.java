package fr.memberspace.team.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.staff.entity.StaffMember;
import fr.memberspace.staff.entity.StaffStatus;
import fr.memberspace.team.control.StaffInvitations;
import fr.memberspace.team.control.StaffMails;
import fr.memberspace.team.control.TotpCodes;
import fr.memberspace.team.control.TotpSecrets;

/**
 * The first administrator, and the demo staff.
 *
 * <p><b>First administrator</b>: when the server starts with {@value #BOOTSTRAP_ENVIRONMENT}
 * (environment) or {@value #BOOTSTRAP_PROPERTY} (system property) set to an e-mail address
 * and no staff account has that address, an administrator account is made for it, with no
 * password: an invitation (valid 3 days, once) is e-mailed to it through the outbox and
 * written to the file {@value #INVITATION_FILE} in the server's data directory, readable by
 * the server's user only — never to the log, which may be shipped elsewhere. Its holder
 * chooses a password (the staff policy) and enrols the second factor at the first sign-in.
 * An address that is already staff is left alone, and an invitation not accepted yet is
 * renewed at each start. There is no default password anywhere.
 *
 * <p><b>Demo staff</b> (only with {@code memberspace.demo=true}, set by the run command): an
 * administrator and a support agent of {@code mcrn} with fixed passwords and TOTP secrets,
 * printed in the run banner.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "SecretsAtStartup"})
public class StaffAtStartup {

    public static final String BOOTSTRAP_ENVIRONMENT = "MEMBERSPACE_BOOTSTRAP_ADMIN";
    public static final String BOOTSTRAP_PROPERTY = "memberspace.bootstrap-admin";
    public static final String INVITATION_FILE = "memberspace-first-admin.txt";

    public static final String DEMO_ADMIN = "admin@memberspace.example";
    public static final String DEMO_AGENT = "support.mcrn@memberspace.example";
    public static final String DEMO_ADMIN_PASSWORD = "Admin#Demo-2026";
    public static final String DEMO_AGENT_PASSWORD = "Support#Demo-2026";
    public static final String DEMO_ADMIN_TOTP = "DEMOADMINTOTPSECRETDEMOADMINTOTP";
    public static final String DEMO_AGENT_TOTP = "DEMOSUPPORTTOTPSECRETDEMOSUPPORT";

    private static final Logger LOG = Logger.getLogger(StaffAtStartup.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffInvitations invitations;

    @Inject
    TotpSecrets secrets;

    @Inject
    PasswordHashes hashes;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void atStartup() {
        var bootstrap = System.getenv(BOOTSTRAP_ENVIRONMENT);
        if (bootstrap == null || bootstrap.isBlank()) {
            bootstrap = System.getProperty(BOOTSTRAP_PROPERTY);
        }
        if (bootstrap != null && !bootstrap.isBlank()) {
            firstAdministrator(bootstrap.strip().toLowerCase(Locale.ROOT));
        }
        if (Boolean.getBoolean("memberspace.demo")) {
            demo(DEMO_ADMIN, "Alice Admin (démo)", StaffRoles.ADMIN, DEMO_ADMIN_PASSWORD, DEMO_ADMIN_TOTP, Set.of());
            demo(DEMO_AGENT, "Sam Support (démo)", StaffRoles.SUPPORT, DEMO_AGENT_PASSWORD, DEMO_AGENT_TOTP, Set.of("mcrn"));
        }
    }

    void firstAdministrator(String email) {
        if (!Team.EMAIL.matcher(email).matches()) {
            LOG.severe(() -> BOOTSTRAP_ENVIRONMENT + " is not an e-mail address: no administrator made.");
            return;
        }
        var staff = find(email);
        if (staff != null && staff.getStatus() != StaffStatus.INVITED) {
            LOG.info(() -> BOOTSTRAP_ENVIRONMENT + ": " + email + " is already staff; nothing done"
                    + " (unset the variable).");
            return;
        }
        if (staff == null) {
            staff = new StaffMember(email, email.substring(0, email.indexOf('@')), StaffRoles.ADMIN,
                    StaffStatus.INVITED, clock.instant());
            em.persist(staff);
            em.flush();
            audit.recordStaff(AuditType.STAFF_CREATED, "startup", null, null, null, email + " " + StaffRoles.ADMIN);
        }
        var token = invitations.issue(staff.getId());
        staff.invite(token.hash(), clock.instant().plus(StaffInvitations.VALIDITY));
        outbox.queue(StaffMails.OUTBOX_MUTUAL, null, StaffMails.INVITATION, StaffMails.invitation(email,
                staff.getDisplayName(), "IT", token.token(), StaffInvitations.VALIDITY));
        audit.recordStaff(AuditType.STAFF_INVITED, "startup", null, null, null, email);
        var file = writeInvitation(StaffMails.publicUrl() + "/admin/invitation?jeton=" + token.token());
        LOG.warning(() -> "First administrator " + email + " invited: the invitation was e-mailed to it"
                + (file == null ? "" : " and written to " + file + " (readable by this server's user only;"
                + " delete it once used)") + ". Valid " + StaffInvitations.VALIDITY.toDays() + " days, once.");
    }

    private Path writeInvitation(String link) {
        var dir = System.getProperty("jboss.server.data.dir");
        if (dir == null) {
            return null;
        }
        var file = Path.of(dir, INVITATION_FILE);
        try {
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, link + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            LOG.warning(() -> "Could not write " + file + ": " + e.getMessage() + " (the e-mail was queued)");
            return null;
        }
    }

    private void demo(String email, String name, String role, String password, String totp, Set<String> mutuals) {
        if (find(email) != null) {
            return;
        }
        var staff = new StaffMember(email, name, role, StaffStatus.ACTIVE, clock.instant());
        staff.choosePassword(hashes.hash(password), clock.instant());
        staff.startTotpEnrolment(secrets.seal(email, totp));
        staff.confirmTotp(TotpCodes.step(clock.instant()) - 2, clock.instant());
        staff.reachOnly(mutuals);
        em.persist(staff);
        LOG.warning(() -> "DEMO staff " + email + " (" + role + ") made. Never in production.");
    }

    private StaffMember find(String email) {
        return em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
    }
}
