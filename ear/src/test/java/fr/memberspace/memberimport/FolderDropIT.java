package fr.memberspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;

/**
 * IT's side of the import: a file dropped into the test server's import folder (the build
 * sets {@code memberspace.import-dir}, polled every second) in its mutual's subfolder is
 * imported by the same job as an upload, then moved to {@code done/}; a file the job cannot
 * start on, to {@code failed/}. That one node only takes a file is {@code DropFolderTest}'s.
 */
@ExtendWith(ArquillianExtension.class)
class FolderDropIT {

    static final Path ROOT = Path.of(System.getProperty("memberspace.import-dir", "target/import-drop"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @Test
    void aFileDroppedForAMutualIsImportedThenMovedToDone() {
        var mutual = Http.newMutual("Mutuelle Dépôt");
        drop(mutual, "base-2026.csv", "numero;nom;prenom;email\n520001;Dupont;Jeanne;j@" + mutual + ".example.org\n"
                + "520002;Martin;Paul;p@" + mutual + ".example.org\nnot-a-number;X;Y;\n");

        var done = await().atMost(Duration.ofSeconds(60)).until(() -> files(ROOT.resolve(mutual).resolve("done")),
                files -> files.size() == 1).get(0);

        var name = done.getFileName().toString();
        assertThat(name).matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}-base-2026\\.csv");
        assertThat(runs(mutual)).isEqualTo(name + " COMPLETED created=2 refused=1");
        assertThat(files(ROOT.resolve(mutual))).isEmpty();
        assertThat(files(ROOT.resolve(mutual).resolve("processing"))).isEmpty();
    }

    @Test
    void aFileTheJobCannotStartOnGoesToFailed() {
        var mutual = Http.newMutual("Mutuelle Dépôt");
        drop(mutual, "no-header.csv", "520001;Dupont;Jeanne\n");

        var failed = await().atMost(Duration.ofSeconds(60)).until(() -> files(ROOT.resolve(mutual).resolve("failed")),
                files -> files.size() == 1).get(0);

        assertThat(failed.getFileName().toString()).endsWith("-no-header.csv");
        assertThat(runs(mutual)).isEmpty();
        assertThat(files(ROOT.resolve(mutual).resolve("processing"))).isEmpty();
    }

    @Test
    void aFolderOfNoMutualGoesToFailedAndNothingIsImported() {
        var nobody = "it-" + UUID.randomUUID().toString().substring(0, 8);
        drop(nobody, "members.csv", "numero;nom;prenom;email\n520001;Dupont;Jeanne;j@example.org\n");

        await().atMost(Duration.ofSeconds(60)).until(() -> files(ROOT.resolve(nobody).resolve("failed")),
                files -> files.size() == 1);
        assertThat(files(ROOT.resolve(nobody))).isEmpty();
    }

    /** Writes the file under another name, then renames it: a copy in progress is never taken. */
    static void drop(String mutual, String name, String content) {
        try {
            var folder = Files.createDirectories(ROOT.resolve(mutual));
            var part = Files.writeString(folder.resolve(name + ".part"), content, StandardCharsets.UTF_8);
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files of a folder (none if it does not exist). */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String runs(String mutual) {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/imports/runs?mutual=" + mutual).body();
    }
}
