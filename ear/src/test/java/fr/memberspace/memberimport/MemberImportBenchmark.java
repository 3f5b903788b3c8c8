package fr.memberspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Fixtures;
import fr.memberspace.memberimport.boundary.ImportProgress;
import fr.memberspace.memberimport.boundary.MemberImports;
import fr.memberspace.mutual.boundary.Mutuals;

/**
 * The import's figures (README, "Importing members"), not a test of the suite: its name does
 * not end in IT, so it runs only when named,
 * {@code -Dit.test=MemberImportBenchmark} (bench/member-import.sh). 100 000 generated members
 * into a new mutual, without hashes, then 100 000 more with a legacy hash on one row in ten;
 * the time is the run's own (its report's start and end). Results in the server log and in
 * {@code /tmp/member-import-benchmark.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class MemberImportBenchmark {

    static final int ROWS = Integer.getInteger("memberspace.bench.rows", 100_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return MemberImportIT.deploymentWith(MemberImportBenchmark.class, MemberFiles.class);
    }

    @EJB
    MemberImports imports;

    @EJB
    Mutuals mutuals;

    @Test
    void hundredThousandMembers() throws Exception {
        measure("no hashes", 0);
        measure("10 % legacy hashes", 10);
    }

    private void measure(String label, int hashEvery) throws Exception {
        var mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");
        var file = MemberFiles.write(Files.createTempFile("bench-members-", ".csv"), ROWS, hashEvery);
        long runId = imports.start(mutual, file, false, null);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> imports.progress(runId).map(p -> MemberImportIT.ENDED.contains(p.state())).orElse(false));
        ImportProgress done = imports.progress(runId).orElseThrow();
        Files.delete(file);

        assertThat(done.state()).isEqualTo("COMPLETED");
        assertThat(done.created()).isEqualTo(ROWS);
        var seconds = Duration.between(done.startedAt(), done.endedAt()).toMillis() / 1000.0;
        var line = String.format(Locale.ROOT, "member import, %s: %d rows in %.1f s = %.0f rows/s (database %s)%n",
                label, ROWS, seconds, ROWS / seconds, System.getenv().getOrDefault("MEMBERSPACE_DB_DRIVER", "h2"));
        System.out.print(line);
        Files.writeString(java.nio.file.Path.of("/tmp/member-import-benchmark.txt"), line,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
