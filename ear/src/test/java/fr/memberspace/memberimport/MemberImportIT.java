package fr.memberspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.memberimport.boundary.ImportProgress;
import fr.memberspace.memberimport.boundary.ImportRefused;
import fr.memberspace.memberimport.boundary.MemberImports;
import fr.memberspace.memberimport.control.ImportReason;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.password.hash.PasswordHashes;
import fr.memberspace.reset.boundary.CodeRequest;
import fr.memberspace.reset.boundary.Identification;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.staff.AsAdmin;
import fr.memberspace.staff.AsAgent;
import fr.memberspace.staff.AsMember;
import fr.memberspace.staff.StaffCallers;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.support.boundary.MemberSupport;
import fr.memberspace.support.boundary.SupportAction;
import fr.memberspace.time.MovableClock;

/** The member import job inside WildFly: every kind of row, idempotence, restart, the CLI, the wizard. */
@ExtendWith(ArquillianExtension.class)
class MemberImportIT {

    /** The password behind every legacy hash of the files. */
    static final String OLD_PASSWORD = "Forêt#Sombre2027x";
    /** bcrypt and SHA-512-crypt of {@link #OLD_PASSWORD}, made by glibc's crypt(3) (as in AccountsIT). */
    static final String BCRYPT = "$2b$06$abcdefghijklmnopqrstuuZvPaWWYalgk3PZYWahz8RYM9bDzgWIa";
    static final String SHA512_CRYPT =
            "$6$abcdefgh$ThBZIeMVe39/If/uN7mDEl/ZeoTsHdhnoQXziWWkHK9ZOG0WbRat9jOSDcrkBbHvB8l0/YdzQJqUT5IAz54dN0";
    static final String PASSWORD = "Adherent#2026ok";

    static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    @Deployment
    static EnterpriseArchive deployment() {
        return deploymentWith();
    }

    /** The product with this test, its helpers, the test-only failing job and the sample file of the README. */
    static EnterpriseArchive deploymentWith(Class<?>... more) {
        var ear = Deployments.withTestClasses(StaffCallers.with(MemberImportIT.class, ImportProbe.class,
                FailOnceWriter.class, Probe.class, Fixtures.class, MovableClock.class));
        ear.getAsType(JavaArchive.class, Deployments.EJB_JAR).addClasses(more)
                .addAsResource("memberimport/member-import-failing.xml", "META-INF/batch-jobs/member-import-failing.xml")
                .addAsResource(new java.io.File("../samples/members.csv"), "samples/members.csv");
        // AssertJ and Awaitility run inside the server too
        for (var library : List.of(org.assertj.core.api.Assertions.class, org.awaitility.Awaitility.class,
                org.hamcrest.Matcher.class)) {
            ear.addAsLibrary(jarOf(library));
        }
        return ear;
    }

    private static java.io.File jarOf(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @EJB
    MemberImports imports;

    @EJB
    Accounts accounts;

    @EJB
    PasswordResets resets;

    @EJB
    Mutuals mutuals;

    @EJB
    ImportProbe rows;

    @EJB
    MemberSupport support;

    @EJB
    Probe probe;

    @Inject
    StaffFixtures staff;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

    @EJB
    AsMember asMember;

    String mutual;
    String otherMutual;

    @BeforeEach
    void twoMutuals() {
        MovableClock.reset();
        mutual = Fixtures.mutualCode();
        otherMutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
        mutuals.register(otherMutual, "Mutuelle " + otherMutual, "no-reply@" + otherMutual + ".example.org");
        accounts.enrol(otherMutual, "200001", "Autre", "Personne", "autre.personne@example.org");
    }

    @org.junit.jupiter.api.AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    @Test
    void everyKindOfRowOfASemicolonFileWithAByteOrderMark() throws Exception {
        accounts.enrol(mutual, "100001", "Louis", "Bernard", "louis.bernard@example.org");
        accounts.enrol(mutual, "100002", "Chloé", "Dubois", "chloe.dubois@example.org");
        accounts.importPasswordHash(mutual, "100002", new PasswordHashes().hash(PASSWORD), false);
        accounts.enrol(mutual, "100003", "Anne", "Roy", "anne.roy@example.org");
        accounts.enrol(mutual, "100004", "Paul", "Leroy", "paul.leroy@example.org");
        var file = file("\uFEFFNuméro;Nom;Prénom;Courriel;Empreinte;Statut\n"
                + "100001;Bernard-Petit;Louis;louis.bernard@example.org;;\n"           // 2 updated: last name
                + "100002;Dubois;Chloé;chloe.dubois@example.org;" + BCRYPT + ";\n"   // 3 unchanged: has a password
                + "100004;Leroy;Paul;paul.leroy@example.org;" + BCRYPT + ";\n"       // 4 updated: hash kept
                + "200001;Martin;Camille;camille.martin@example.org;;\n"             // 5 created
                + "200002;Petit;Jean;jean.petit@example.org;" + BCRYPT + ";actif\n"  // 6 created, bcrypt
                + "200003;Roux;Inès;ines.roux@example.org;" + SHA512_CRYPT + ";\n"   // 7 created, SHA-512-crypt
                + "200004;Morel;Hugo;hugo.morel@example.org;" + pbkdf2Sha512() + ";\n" // 8 PBKDF2-SHA512 (PHC)
                + "200005;Fournier;Léa;lea.fournier@example.org;" + djangoPbkdf2Sha1() + ";à renouveler\n" // 9
                + "200006;Girard;Emma;emma.girard@example.org;" + new PasswordHashes().hash(OLD_PASSWORD) + ";\n" // 10
                + "200007;Bonnet;Nina;nina.bonnet@example.org;5f4dcc3b5aa765d61d8327deb882cf99;\n" // 11 unsalted MD5
                + "200008;Lambert;Théo;pas-une-adresse;;\n"                          // 12 invalid address
                + "\"200009\";\"Fontaine\";\"Zoé; dite Zaza\";;;\n"                   // 13 no address, quoted
                + "12AB;Chevalier;Rose;rose@example.org;;\n"                         // 14 not a number here
                + "200001;Martin;Camille bis;autre@example.org;;\n"                  // 15 duplicate
                + "200010;;Lucas;lucas@example.org;;\n"                              // 16 no last name
                + "=1+2;Malin;Eve;;;\n");                                            // 17 a formula

        var done = importAndWait(file);

        assertThat(done).extracting(ImportProgress::state, ImportProgress::rowsRead, ImportProgress::created,
                ImportProgress::updated, ImportProgress::unchanged, ImportProgress::refused, ImportProgress::totalRows)
                .containsExactly("COMPLETED", 16L, 9L, 2L, 1L, 4L, 16L);
        assertThat(done.fileName()).isEqualTo(file.getFileName().toString());
        assertThat(done.endedAt()).isAfterOrEqualTo(done.startedAt());

        var members = rows.members(mutual);
        assertThat(members).extracting(Member::getNumber).containsExactly("100001", "100002", "100003", "100004",
                "200001", "200002", "200003", "200004", "200005", "200006", "200007", "200008", "200009");
        assertThat(member("100001").getLastName()).isEqualTo("Bernard-Petit");
        assertThat(member("100001").getImportRunId()).isNull();
        assertThat(member("100003").getLastName()).isEqualTo("Roy");
        assertThat(member("200001").getImportRunId()).isEqualTo(done.runId());
        assertThat(member("200001").getStatus()).isEqualTo(AccountStatus.NO_PASSWORD);
        assertThat(member("200001").getPasswordHash()).isNull();
        assertThat(member("200007").getPasswordHash()).isNull();
        assertThat(member("200008").getEmail()).isNull();
        assertThat(member("200009").getEmail()).isNull();
        assertThat(member("200009").getFirstName()).isEqualTo("Zoé; dite Zaza");

        // each legacy hash signs in with its password; a password the member chose is kept
        for (var number : List.of("200002", "200003", "200004", "200006", "100004")) {
            assertThat(accounts.signIn(Fixtures.request(mutual), number, OLD_PASSWORD))
                    .as(number).isInstanceOf(SignIn.SignedIn.class);
        }
        assertThat(accounts.signIn(Fixtures.request(mutual), "200005", OLD_PASSWORD)).isInstanceOf(SignIn.MustRenew.class);
        assertThat(accounts.signIn(Fixtures.request(mutual), "100002", OLD_PASSWORD)).isInstanceOf(SignIn.Refused.class);
        assertThat(accounts.signIn(Fixtures.request(mutual), "100002", PASSWORD)).isInstanceOf(SignIn.SignedIn.class);

        // the other mutual's member with the same number is untouched
        var other = rows.members(otherMutual);
        assertThat(other).singleElement().satisfies(m -> {
            assertThat(m.getLastName()).isEqualTo("Personne");
            assertThat(m.getImportRunId()).isNull();
        });

        assertThat(refusedRows(done.runId())).isEqualTo("\uFEFFline;number;reason_fr;reason_en\r\n"
                + line(11, "200007", ImportReason.HASH_UNSALTED_DIGEST)
                + line(12, "200008", ImportReason.EMAIL_INVALID)
                + line(13, "200009", ImportReason.EMAIL_MISSING)
                + line(14, "12AB", ImportReason.NUMBER_INVALID)
                + line(15, "200001", ImportReason.NUMBER_DUPLICATE)
                + line(16, "200010", ImportReason.NAME_MISSING)
                + line(17, "'=1+2", ImportReason.NUMBER_INVALID));

        assertThat(rows.auditLines(mutual)).contains("MEMBER_IMPORTED 200001 run " + done.runId(),
                "MEMBER_IMPORT_UPDATED 100001 run " + done.runId() + ", names or address",
                "MEMBER_IMPORT_UPDATED 100004 run " + done.runId() + ", password hash")
                .noneMatch(line -> line.contains(" 100002 run"));
        assertThat(imports.recent(mutual, 10)).containsExactly(imports.progress(done.runId()).orElseThrow());
    }

    @Test
    void theReadmesSampleFileImportsAsTheReadmeSays() throws Exception {
        byte[] sample;
        try (var in = MemberImportIT.class.getClassLoader().getResourceAsStream("samples/members.csv")) {
            sample = in.readAllBytes();
        }
        var file = Files.write(Files.createTempFile("sample-", ".csv"), sample);

        var done = importAndWait(file);

        assertThat(done).extracting(ImportProgress::rowsRead, ImportProgress::created, ImportProgress::updated,
                ImportProgress::unchanged, ImportProgress::refused).containsExactly(9L, 6L, 0L, 0L, 3L);
        assertThat(refusedRows(done.runId()).lines()).hasSize(1 + 6);
        assertThat(accounts.signIn(Fixtures.request(mutual), "500102", OLD_PASSWORD)).isInstanceOf(SignIn.SignedIn.class);
        assertThat(accounts.signIn(Fixtures.request(mutual), "500103", OLD_PASSWORD)).isInstanceOf(SignIn.MustRenew.class);
        assertThat(member("500102").getLastName()).isEqualTo("Martin; dit \"Tintin\"");
    }

    @Test
    void theSameCommaFileTwiceChangesNothingTheSecondTime() throws Exception {
        var file = file("Member number,Last name,First name,E-mail,Password hash,Status\n"
                + "300001,\"Durand, dit Max\",Max,max@example.org," + BCRYPT + ",active\n"
                + "300002,Roy,Léa,,,\n"
                + "300003,Caron,Jules,jules.caron@example.org,,\n");

        var first = importAndWait(file);
        var before = rows.members(mutual).stream().map(m -> m.getNumber() + " " + m.getLastName() + " "
                + m.getEmail() + " " + m.getPasswordHash() + " " + m.getImportRunId()).toList();
        var second = importAndWait(file);

        assertThat(first).extracting(ImportProgress::created, ImportProgress::unchanged).containsExactly(3L, 0L);
        assertThat(second).extracting(ImportProgress::state, ImportProgress::rowsRead, ImportProgress::created,
                ImportProgress::updated, ImportProgress::unchanged, ImportProgress::refused)
                .containsExactly("COMPLETED", 3L, 0L, 0L, 3L, 0L);
        assertThat(rows.members(mutual).stream().map(m -> m.getNumber() + " " + m.getLastName() + " "
                + m.getEmail() + " " + m.getPasswordHash() + " " + m.getImportRunId()).toList()).isEqualTo(before);
        assertThat(before.get(0)).startsWith("300001 Durand, dit Max max@example.org $2b$06$");
        assertThat(rows.auditLines(mutual)).filteredOn(line -> line.startsWith("MEMBER_IMPORT")).hasSize(2 + 3 + 2);
        assertThat(imports.recent(mutual, 10)).extracting(ImportProgress::runId)
                .containsExactly(second.runId(), first.runId());
    }

    @Test
    void aRunThatFailedInAChunkRestartsAfterTheLastCommittedChunk() throws Exception {
        var text = new StringBuilder("numero;nom;prenom;email\n");
        for (int line = 2; line <= 11; line++) {
            var number = String.valueOf(line == 9 ? 400003 : 400000 + line - 1); // line 9 repeats line 4's number
            text.append(number).append(";Nom").append(line).append(";Prénom;m").append(line).append("@example.org\n");
        }
        var file = file(text.toString());
        FailOnceWriter.FAIL_AT_LINE.set(8); // the third chunk of three rows: lines 8, 9, 10
        var parameters = new Properties();
        parameters.setProperty("mutual", mutual);
        parameters.setProperty("file", file.toString());
        parameters.setProperty("chunk", "3");
        var execution = BatchRuntime.getJobOperator().start("member-import-failing", parameters);
        long runId = BatchRuntime.getJobOperator().getJobInstance(execution).getInstanceId();

        var failed = awaitEnd(runId);

        assertThat(failed).extracting(ImportProgress::state, ImportProgress::rowsRead, ImportProgress::created,
                ImportProgress::refused).containsExactly("FAILED", 6L, 6L, 0L);
        assertThat(rows.members(mutual)).hasSize(6);

        imports.restart(runId);
        var done = awaitEnd(runId);

        // from the checkpoint: lines 2-7 are neither read nor counted again, and line 9 is still a duplicate
        assertThat(done).extracting(ImportProgress::state, ImportProgress::rowsRead, ImportProgress::created,
                ImportProgress::unchanged, ImportProgress::refused).containsExactly("COMPLETED", 10L, 9L, 0L, 1L);
        assertThat(rows.members(mutual)).extracting(Member::getNumber).containsExactly("400001", "400002",
                "400003", "400004", "400005", "400006", "400007", "400009", "400010");
        assertThat(refusedRows(runId)).endsWith(line(9, "400003", ImportReason.NUMBER_DUPLICATE));
        assertThatThrownBy(() -> imports.restart(runId)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(ImportReason.RUN_NOT_RESTARTABLE));
    }

    @Test
    void theManagementCliStartsTheSameJobWithTheSameReport() throws Exception {
        var file = file("numero;nom;prenom;email\n500001;Blanc;Marc;marc.blanc@example.org\n500002;Noir;Lina;\n");
        var output = startFromCli(file);
        assertThat(output).contains("\"outcome\" => \"success\"");

        await().atMost(Duration.ofSeconds(60)).until(() -> imports.recent(mutual, 1).stream()
                .anyMatch(run -> ENDED.contains(run.state())));
        var done = imports.recent(mutual, 1).get(0);

        assertThat(done).extracting(ImportProgress::state, ImportProgress::created, ImportProgress::refused,
                ImportProgress::invite).containsExactly("COMPLETED", 2L, 0L, false);
        assertThat(refusedRows(done.runId())).contains(line(3, "500002", ImportReason.EMAIL_MISSING));
        // the run is the job instance of the execution the CLI started
        assertThat(BatchRuntime.getJobOperator().getJobInstance(executionIn(output)).getInstanceId())
                .isEqualTo(done.runId());
        assertThat(imports.problem(done.runId(), java.util.Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aRunStartedFromTheCliOnAFileWithoutHeaderFailsSayingWhy() throws Exception {
        var file = file("500001;Blanc;Marc;marc.blanc@example.org\n");
        assertThat(startFromCli(file)).contains("\"outcome\" => \"success\"");

        await().atMost(Duration.ofSeconds(60)).until(() -> imports.recent(mutual, 1).stream()
                .anyMatch(run -> ENDED.contains(run.state())));
        var failed = imports.recent(mutual, 1).get(0);

        assertThat(failed).extracting(ImportProgress::state, ImportProgress::rowsRead, ImportProgress::totalRows)
                .containsExactly("FAILED", 0L, null);
        assertThat(imports.problem(failed.runId(), java.util.Locale.FRENCH))
                .contains(ImportReason.FILE_HEADER_MISSING.text(java.util.Locale.FRENCH));
        assertThat(rows.members(mutual)).isEmpty();
    }

    @Test
    void staffStartsAsAnAdministratorAndReadsOnlyTheRunsOfItsMutuals() throws Exception {
        staff.admin(StaffFixtures.ADMIN, true);
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutual));
        var file = file("numero;nom;prenom;email\n700001;Vert;Ana;ana.vert@example.org\n");
        long ours = asAdmin.call(() -> imports.start(mutual, file, false, "someone.else@example.org"));
        long theirs = imports.start(otherMutual, file, false, null);
        awaitEnd(ours);
        awaitEnd(theirs);

        assertThat(asAgent.call(() -> imports.progress(ours))).isPresent();
        assertThat(asAgent.call(() -> imports.recent(mutual, 5))).hasSize(1);
        assertThatThrownBy(() -> asAgent.call(() -> imports.progress(theirs))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgent.call(() -> imports.recent(otherMutual, 5))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgent.run(() -> imports.writeRefusedRows(theirs, new StringWriter())))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgent.call(() -> imports.start(mutual, file, false, null)))
                .isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asMember.call(() -> imports.recent(mutual, 5))).isInstanceOf(OutOfScope.class);
        // the audit names the staff member who started it, not what the caller passed
        assertThat(rows.agentsOf(mutual, AuditType.MEMBER_IMPORT_STARTED)).containsExactly(StaffFixtures.ADMIN);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedBeforeAnyRunStarts() throws Exception {
        var noNames = file("numero;email\n1;a@example.org\n");

        assertThatThrownBy(() -> imports.start(mutual, noNames, false, null)).isInstanceOfSatisfying(
                ImportRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ImportReason.FILE_HEADER_MISSING);
                    assertThat(refused.message(java.util.Locale.FRENCH)).contains("numéro, nom, prénom");
                });
        assertThatThrownBy(() -> imports.start(mutual, noNames.resolveSibling("absent.csv"), false, null))
                .isInstanceOfSatisfying(ImportRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(ImportReason.FILE_UNREADABLE));
        assertThatThrownBy(() -> imports.start("it-none", noNames, false, null)).isInstanceOfSatisfying(
                ImportRefused.class, refused -> assertThat(refused.reason()).isEqualTo(ImportReason.MUTUAL_UNKNOWN));
        assertThat(imports.recent(mutual, 10)).isEmpty();
    }

    @Test
    void aMemberImportedWithoutAnAddressIsToldWhatAStrangerIsTold() throws Exception {
        importAndWait(file("numero;nom;prenom;email\n600001;Sans;Adresse;\n"));

        var shown = resets.identify(Fixtures.request(mutual), "600001");
        var code = resets.requestCode(Fixtures.request(mutual), "600001");

        assertThat(shown).isInstanceOfSatisfying(Identification.Shown.class,
                s -> assertThat(s.maskedEmail()).contains("@").contains("*"));
        assertThat(code).isInstanceOf(CodeRequest.Sent.class);
        assertThat(probe.mails(mutual, "600001")).isZero();
        assertThat(probe.auditTypes(mutual, "600001")).contains(AuditType.CODE_ISSUED_UNKNOWN_MEMBER);

        // the support desk cannot invite such a member, and gives it its address (one notice, to the new one)
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutual));
        assertThat(asAgent.call(() -> support.invite(Fixtures.request(mutual), "600001", "https://espace.example.org")))
                .isEqualTo(new SupportAction.NotDone("no-email"));
        assertThat(asAgent.call(() -> support.correctEmail(Fixtures.request(mutual), "600001", "sans.adresse@example.org")))
                .isInstanceOf(SupportAction.Done.class);
        assertThat(probe.mails(mutual, "600001")).isEqualTo(1);
        MovableClock.advance(Duration.ofMinutes(2)); // past the first request's cooldown
        assertThat(resets.requestCode(Fixtures.request(mutual), "600001")).isInstanceOf(CodeRequest.Sent.class);
        assertThat(probe.mails(mutual, "600001")).isEqualTo(2);
    }

    private ImportProgress importAndWait(Path file) {
        return awaitEnd(imports.start(mutual, file, false, null));
    }

    private ImportProgress awaitEnd(long runId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> imports.progress(runId).map(p -> ENDED.contains(p.state())).orElse(false));
        return imports.progress(runId).orElseThrow();
    }

    private Member member(String number) {
        return rows.members(mutual).stream().filter(m -> m.getNumber().equals(number)).findFirst().orElseThrow();
    }

    private String refusedRows(long runId) {
        var out = new StringWriter();
        imports.writeRefusedRows(runId, out);
        return out.toString();
    }

    private static String line(long line, String number, ImportReason reason) {
        return line + ";" + number + ";" + reason.text(java.util.Locale.FRENCH) + ";"
                + reason.text(java.util.Locale.ENGLISH) + "\r\n";
    }

    /** Starts the job from the management CLI, as the README says, on this server; returns what the CLI printed. */
    private String startFromCli(Path file) throws Exception {
        var command = "/deployment=memberspace.ear/subdeployment=" + Deployments.EJB_JAR
                + "/subsystem=batch-jberet:start-job(job-xml-name=member-import, properties={mutual=" + mutual
                + ", file=\"" + file + "\"})";
        var cli = new ProcessBuilder(Path.of(System.getProperty("jboss.home.dir"), "bin", "jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0)),
                "--command=" + command).redirectErrorStream(true).start();
        var output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** The execution id in the CLI's answer ({@code "result" => 12L}). */
    private static long executionIn(String output) {
        var matcher = java.util.regex.Pattern.compile("\"result\" => (\\d+)L?").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static Path file(String text) throws IOException {
        var file = Files.createTempFile("members-", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** PBKDF2-HMAC-SHA512 of {@link #OLD_PASSWORD} in the PHC spelling. */
    private static String pbkdf2Sha512() throws Exception {
        var salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        var hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(OLD_PASSWORD.toCharArray(), salt, 1000, 512)).getEncoded();
        var b64 = Base64.getEncoder().withoutPadding();
        return "$pbkdf2-sha512$i=1000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** PBKDF2-HMAC-SHA1 of {@link #OLD_PASSWORD} as Django exports it. */
    private static String djangoPbkdf2Sha1() throws Exception {
        var salt = "k9Xw2pQ7aZ";
        var hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
                .generateSecret(new PBEKeySpec(OLD_PASSWORD.toCharArray(), salt.getBytes(StandardCharsets.UTF_8), 1000, 160))
                .getEncoded();
        return "pbkdf2_sha1$1000$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
    }
}
