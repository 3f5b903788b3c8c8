package fr.memberspace.mutual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.imageio.ImageIO;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.MutualAdministration;
import fr.memberspace.mutual.boundary.MutualChange;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.mutual.control.IdentityValues;
import fr.memberspace.mutual.control.MutualValues;
import fr.memberspace.mutual.control.SettingsValues;
import fr.memberspace.staff.AsAdmin;
import fr.memberspace.staff.AsAgent;
import fr.memberspace.staff.AsMember;
import fr.memberspace.staff.StaffCallers;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.control.OutOfScope;

/**
 * The administrators' door to the mutuals, inside WildFly with real identities: who may do
 * what, every bad value refused with nothing saved, audit lines with the agent and the values
 * before and after, and the change seen at once by the member pages' lookup.
 */
@ExtendWith(ArquillianExtension.class)
class MutualAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(StaffCallers.with(MutualAdministrationIT.class, MutualRows.class,
                Fixtures.class));
    }

    @Inject
    StaffFixtures staff;

    @EJB
    MutualAdministration administration;

    @EJB
    Mutuals mutuals;

    @EJB
    MutualRows rows;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

    @EJB
    AsMember asMember;

    String mutualA;
    String mutualB;

    @BeforeEach
    void twoMutualsAnAdminAndAnAgentOfA() {
        mutualA = Fixtures.mutualCode();
        mutualB = Fixtures.mutualCode();
        mutuals.register(mutualA, "Mutuelle A", "no-reply@a.example.org");
        mutuals.register(mutualB, "Mutuelle B", "no-reply@b.example.org");
        staff.admin(StaffFixtures.ADMIN, true);
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutualA));
    }

    @Test
    void anAdministratorCreatesAMutualAudited() throws Exception {
        var code = Fixtures.mutualCode();

        var created = asAdmin.call(() -> administration.create(
                new IdentityValues(code, "Mutuelle Nouvelle", "no-reply@nouvelle.example.org", "#0F7B5F")));

        assertInstanceOf(MutualChange.Saved.class, created);
        var mutual = mutuals.find(code).orElseThrow();
        assertEquals("#0f7b5f", mutual.getBrandColour());
        assertEquals("#0f7b5f", mutuals.brandColour(mutual));
        assertEquals(List.of("MUTUAL_CREATED " + StaffFixtures.ADMIN
                        + ": name Mutuelle Nouvelle, sender no-reply@nouvelle.example.org, colour #0f7b5f"),
                rows.auditLines(code, AuditType.MUTUAL_CREATED));
    }

    @Test
    void aCodeTakenOrReservedIsRefused() throws Exception {
        var taken = (MutualChange.Invalid) asAdmin.call(() -> administration.create(
                new IdentityValues(mutualA, "Encore A", "no-reply@a.example.org", "")));
        assertEquals("admin.mutual.code.taken", taken.problems().get(0).key());
        var reserved = (MutualChange.Invalid) asAdmin.call(() -> administration.create(
                new IdentityValues("admin", "Admin", "no-reply@a.example.org", "")));
        assertEquals("admin.mutual.code.reserved", reserved.problems().get(0).key());
    }

    @Test
    void supportCannotCreateNorEditNorReadAnotherMutual() throws Exception {
        var identity = new IdentityValues(Fixtures.mutualCode(), "Pirate", "no-reply@p.example.org", "");
        assertThrows(EJBAccessException.class, () -> asAgent.call(() -> administration.create(identity)));
        assertThrows(EJBAccessException.class, () -> asAgent.call(() -> administration.edit(mutualA,
                MutualValues.identity(mutuals.find(mutualA).orElseThrow()), settingsOf(mutualA, v -> v))));
        assertThrows(EJBAccessException.class, () -> asAgent.call(() -> administration.setLogo(mutualA, null)));
        assertThrows(EJBAccessException.class, () -> asAgent.call(() -> administration.page(0, 10)));
        assertThrows(OutOfScope.class, () -> asAgent.call(() -> administration.read(mutualB)));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> administration.read(mutualA)));
        assertThrows(EJBAccessException.class, () -> administration.read(mutualA));
        assertTrue(mutuals.find(identity.code()).isEmpty());
    }

    @Test
    void supportReadsTheSettingsOfItsOwnMutual() throws Exception {
        assertEquals(mutualA, asAgent.call(() -> administration.read(mutualA)).orElseThrow().getCode());
    }

    @Test
    void aChangeIsSavedAuditedValueByValueAndSeenAtOnce() throws Exception {
        var before = mutuals.find(mutualA).orElseThrow();
        assertEquals(6, before.getSettings().getCodeLength());

        var settings = settingsOf(mutualA, v -> new SettingsValues(14, v.passwordMaxLength(), v.passwordClasses(),
                v.passwordForbidden(), v.passwordBlocklist(), v.passwordHistory(), 8, v.codeValiditySeconds(),
                v.codeMaxWrongTries(), v.codeCooldownSeconds(), v.codesPerHour(), v.lockAfterFailures(),
                v.lockFirstSeconds(), v.lockMaxSeconds(), "LETTERS_AND_DIGITS", v.invitationsPerMinute()));
        var result = asAdmin.call(() -> administration.edit(mutualA,
                new IdentityValues(mutualA, "Mutuelle A", "no-reply@a.example.org", "#336699"), settings));

        assertInstanceOf(MutualChange.Saved.class, result);
        var after = mutuals.find(mutualA).orElseThrow();
        assertEquals(8, after.getSettings().getCodeLength());
        assertEquals(14, after.getSettings().getPasswordMinLength());
        assertEquals("LETTERS_AND_DIGITS", after.getSettings().getNumberFormat());
        assertEquals(List.of(
                "MUTUAL_CHANGED " + StaffFixtures.ADMIN + ": colour: null → #336699",
                "MUTUAL_CHANGED " + StaffFixtures.ADMIN + ": passwordMinLength: 12 → 14",
                "MUTUAL_CHANGED " + StaffFixtures.ADMIN + ": codeLength: 6 → 8",
                "MUTUAL_CHANGED " + StaffFixtures.ADMIN + ": numberFormat: DIGITS → LETTERS_AND_DIGITS"),
                rows.auditLines(mutualA, AuditType.MUTUAL_CHANGED));
    }

    @Test
    void oneBadValueAndNothingIsSaved() throws Exception {
        var settings = settingsOf(mutualA, v -> new SettingsValues(14, v.passwordMaxLength(), v.passwordClasses(),
                v.passwordForbidden(), v.passwordBlocklist(), v.passwordHistory(), 11, v.codeValiditySeconds(),
                v.codeMaxWrongTries(), v.codeCooldownSeconds(), v.codesPerHour(), v.lockAfterFailures(),
                v.lockFirstSeconds(), v.lockMaxSeconds(), v.numberFormat(), v.invitationsPerMinute()));

        var result = (MutualChange.Invalid) asAdmin.call(() -> administration.edit(mutualA,
                new IdentityValues(mutualA, "Renamed", "not an address", "#336699"), settings));

        assertEquals(List.of("senderAddress admin.mutual.senderAddress.invalid", "codeLength admin.mutual.range"),
                result.problems().stream().map(p -> p.field() + " " + p.key()).toList());
        var unchanged = mutuals.find(mutualA).orElseThrow();
        assertEquals("Mutuelle A", unchanged.getName());
        assertEquals(12, unchanged.getSettings().getPasswordMinLength());
        assertEquals(6, unchanged.getSettings().getCodeLength());
        assertEquals(List.of(), rows.auditLines(mutualA, AuditType.MUTUAL_CHANGED));
    }

    @Test
    void aLogoIsASmallPngOnly() throws Exception {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        var refused = (MutualChange.Invalid) asAdmin.call(() -> administration.setLogo(mutualA, svg));
        assertEquals("admin.mutual.logo.svg", refused.problems().get(0).key());
        assertTrue(mutuals.logo(mutualA).isEmpty());

        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB), "png", out);
        var png = out.toByteArray();
        assertInstanceOf(MutualChange.Saved.class, asAdmin.call(() -> administration.setLogo(mutualA, png)));

        assertArrayEquals(png, mutuals.logo(mutualA).orElseThrow());
        assertEquals(List.of("MUTUAL_CHANGED " + StaffFixtures.ADMIN + ": logo: none → " + png.length + " bytes"),
                rows.auditLines(mutualA, AuditType.MUTUAL_CHANGED));
    }

    private SettingsValues settingsOf(String code, UnaryOperator<SettingsValues> change) {
        return change.apply(MutualValues.settings(mutuals.find(code).orElseThrow().getSettings()));
    }
}
