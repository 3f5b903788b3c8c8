package fr.memberspace.password.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.Block;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

/** Argon2's memory kept between hashes: the same hashes as fresh memory, and nothing of a password left in it. */
class Argon2MemoryTest {

    private static final byte[] SALT = "somesalt".getBytes(StandardCharsets.UTF_8);

    @Test
    void hashesInKeptMemoryAreTheHashesOfFreshMemoryWhateverCameBefore() {
        // sizes one after the other: a set kept from a larger hash serves a smaller one and back
        for (int memoryKiB : new int[] {19_456, 256, 19_456, 8, 1_024, 19_456}) {
            var parameters = new HashParameters(memoryKiB, 2, 1);
            for (String password : List.of("password", "Tournesol!Moulin7")) {
                assertThat(Argon2idHash.compute(bytes(password), SALT, parameters).encoded())
                        .as("m=%d %s", memoryKiB, password)
                        .isEqualTo(withFreshMemory(password, parameters));
            }
        }
    }

    @Test
    void theKeptBlocksAreClearedAfterEachHash() throws ReflectiveOperationException {
        Argon2idHash.compute(bytes("Tournesol!Moulin7"), SALT, new HashParameters(1_024, 2, 1));

        assertThat(Argon2Memory.kept()).isPositive();
        Field values = Block.class.getDeclaredField("v");
        values.setAccessible(true);
        try (var lease = Argon2Memory.lease()) {
            assertThat(lease.blocks()).isGreaterThanOrEqualTo(1_024);
            var blocks = new ArrayList<Block>();
            while (lease.blocks() > 0) {
                blocks.add(lease.allocate());
            }
            for (Block block : blocks) {
                assertThat((long[]) values.get(block)).containsOnly(0L);
                lease.deallocate(block);
            }
        }
    }

    @Test
    void theSetGivenBackLastIsLeasedNextAsItMayStillBeInTheCache() {
        Block first;
        Block last;
        try (var earlier = Argon2Memory.lease(); var later = Argon2Memory.lease()) {
            first = earlier.allocate();
            earlier.deallocate(first);
            last = later.allocate();
            later.deallocate(last);
            // closed in reverse: later, then earlier, whose set is given back last
        }
        try (var next = Argon2Memory.lease()) {
            var block = next.allocate();
            assertThat(block).isSameAs(first).isNotSameAs(last);
            next.deallocate(block);
        }
        try (var afterIt = Argon2Memory.lease()) {
            assertThat(afterIt.allocate()).isSameAs(first);
        }
    }

    @Test
    void hashesAtOnceOnManyThreadsAreRightAndAtMostOneSetACoreIsKept() throws Exception {
        var parameters = new HashParameters(4_096, 2, 1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            var hashes = new ArrayList<Future<String>>();
            for (int i = 0; i < 32; i++) {
                String password = "Mot-de-passe#" + i;
                hashes.add(threads.submit((Callable<String>) () ->
                        Argon2idHash.compute(bytes(password), SALT, parameters).encoded()));
            }
            for (int i = 0; i < hashes.size(); i++) {
                assertThat(hashes.get(i).get()).isEqualTo(withFreshMemory("Mot-de-passe#" + i, parameters));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(Argon2Memory.kept()).isBetween(1, Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aSetLargerThanTheLargestKeptIsLeftToTheCollector() {
        try (var lease = Argon2Memory.lease()) {
            for (int i = 0; i <= Argon2Memory.LARGEST_KEPT_KIB; i++) {
                lease.deallocate(new Block());
            }
        }
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            try (var lease = Argon2Memory.lease()) {
                assertThat(lease.blocks()).isLessThanOrEqualTo(Argon2Memory.LARGEST_KEPT_KIB);
            }
        }
    }

    /** The PHC string Bouncy Castle gives with memory of its own. */
    private static String withFreshMemory(String password, HashParameters parameters) {
        var generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(SALT)
                .build());
        var out = new byte[Argon2idHash.HASH_BYTES];
        generator.generateBytes(bytes(password), out);
        return "$argon2id$v=19$" + parameters + "$" + PhcBase64.encode(SALT) + "$" + PhcBase64.encode(out);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
