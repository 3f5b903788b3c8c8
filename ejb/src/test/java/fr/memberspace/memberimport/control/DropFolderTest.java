package fr.memberspace.memberimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder: what is taken, once, and where it goes. */
class DropFolderTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:15:00Z");

    @TempDir
    Path root;

    DropFolder folder() {
        return new DropFolder(root, Duration.ofSeconds(5));
    }

    Path drop(String mutual, String name, Instant modified) throws IOException {
        var file = Files.createDirectories(root.resolve(mutual)).resolve(name);
        Files.writeString(file, "number;last_name;first_name;email\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void settledCsvFilesOfAMutualFolderAreDroppedOthersNot() throws IOException {
        drop("mcrn", "members.csv", NOW.minusSeconds(5));
        drop("mcrn", "base.invite.csv", NOW.minusSeconds(60));
        drop("mcrn", "still-copying.csv", NOW.minusSeconds(4));
        drop("mcrn", "members.csv.part", NOW.minusSeconds(60));
        drop("mcrn", ".hidden.csv", NOW.minusSeconds(60));
        drop("Not A Mutual", "members.csv", NOW.minusSeconds(60));
        Files.createSymbolicLink(root.resolve("mcrn").resolve("link.csv"), root.resolve("mcrn").resolve("members.csv"));

        var dropped = folder().dropped(NOW);

        assertEquals(List.of("base.invite.csv", "members.csv"),
                dropped.stream().map(d -> d.file().getFileName().toString()).toList());
        assertTrue(dropped.get(0).invite());
        assertFalse(dropped.get(1).invite());
        assertEquals("mcrn", dropped.get(1).mutual());
    }

    @Test
    void aTakenFileMovesIntoProcessingUnderANameOfItsOwnAndThenToDoneOrFailed() throws IOException {
        drop("mcrn", "members.csv", NOW.minusSeconds(60));
        drop("mcrn", "other.csv", NOW.minusSeconds(60));
        var dropped = folder().dropped(NOW);

        var taken = folder().take(dropped.get(0), NOW).orElseThrow();
        var other = folder().take(dropped.get(1), NOW).orElseThrow();

        assertEquals(root.resolve("mcrn/processing"), taken.file().getParent());
        assertTrue(taken.file().getFileName().toString().matches("20261129T031500Z-[0-9a-f]{8}-members\\.csv"));
        assertEquals("members.csv", DropFolder.originalName(taken.file()));
        assertEquals(List.of(), folder().dropped(NOW));
        assertEquals(2, folder().taken().size());
        assertEquals(NOW, folder().taken().get(0).takenAt());

        var done = folder().finish(taken, true).orElseThrow();
        var failed = folder().finish(other, false).orElseThrow();
        assertEquals(root.resolve("mcrn/done").resolve(taken.file().getFileName()), done);
        assertEquals(root.resolve("mcrn/failed").resolve(other.file().getFileName()), failed);
        assertEquals(List.of(), folder().taken());
        // a second node finishing the same file finds it gone
        assertTrue(folder().finish(taken, true).isEmpty());
    }

    @Test
    void ofEightNodesTakingTheSameFileAtOnceOneGetsIt() throws Exception {
        drop("mcrn", "members.csv", NOW.minusSeconds(60));
        var dropped = folder().dropped(NOW).get(0);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return new DropFolder(root, Duration.ofSeconds(5)).take(dropped, NOW).isPresent();
                }));
            }
            start.countDown();
            var won = new ArrayList<Boolean>();
            for (var result : results) {
                won.add(result.get());
            }
            assertEquals(1, Collections.frequency(won, true));
            assertEquals(1, folder().taken().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFileTakenButNeverStartedIsTakenAgainOnce() throws IOException {
        drop("mcrn", "members.csv", NOW.minusSeconds(60));
        var taken = folder().take(folder().dropped(NOW).get(0), NOW).orElseThrow();

        var again = folder().retake(taken, NOW.plusSeconds(600)).orElseThrow();

        assertEquals("members.csv", DropFolder.originalName(again.file()));
        assertEquals(NOW.plusSeconds(600), again.takenAt());
        assertTrue(folder().retake(taken, NOW.plusSeconds(601)).isEmpty());
        assertEquals(1, folder().taken().size());
    }

    @Test
    void theEnvironmentWinsOverThePropertyAndNeitherIsOff() {
        assertEquals(Optional.of(Path.of("/srv/imports")), DropFolder.configured(" /srv/imports ", "/tmp/other"));
        assertEquals(Optional.of(Path.of("/tmp/other")), DropFolder.configured(null, "/tmp/other"));
        assertEquals(Optional.empty(), DropFolder.configured("", " "));
    }

    @Test
    void noFolderNoFiles() {
        assertEquals(List.of(), new DropFolder(root.resolve("absent"), Duration.ZERO).dropped(NOW));
        assertEquals(List.of(), new DropFolder(root.resolve("absent"), Duration.ZERO).taken());
    }
}
