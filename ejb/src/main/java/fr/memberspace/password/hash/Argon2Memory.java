package fr.memberspace.password.hash;

import java.util.ArrayDeque;
import java.util.concurrent.LinkedBlockingDeque;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator.Block;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator.BlockPool;

/**
 * Argon2's memory (19 MiB of 1 KiB blocks at the default parameters), kept from one hash to
 * the next instead of being allocated afresh by each.
 * <p>
 * Allocated afresh, a hash's blocks are young objects that are all alive until it ends: every
 * young collection during a hash copies them, so a hash cost more CPU the more hashes ran at
 * once and the fuller the heap (in the server, a sign-in at 4 connections cost about twice the
 * CPU of a verification in JMH). Kept, they are allocated once and stay in the old generation.
 * <p>
 * Bouncy Castle clears every block before it gives it back ({@code Argon2BytesGenerator.reset}),
 * so nothing of a password stays in the kept memory. At most one set of blocks per core is
 * kept (a server hashes no more at once at full speed), and none larger than
 * {@link #LARGEST_KEPT_KIB}: a legacy hash with more memory allocates its own, as before.
 * <p>
 * The set given back last is the one leased next, as it may still be in the processor's
 * cache (the benchmark machine has 32 MiB of L3 for its cores): taken in turns, as from a
 * queue, two sets are 38 MiB. On that machine the difference was within its noise.
 */
final class Argon2Memory {

    /** The largest set of blocks kept after a hash (64 MiB): larger ones are left to the collector. */
    static final int LARGEST_KEPT_KIB = 64 * 1024;

    /** A stack: the set given back last on top. */
    private static final LinkedBlockingDeque<ArrayDeque<Block>> KEPT =
            new LinkedBlockingDeque<>(Runtime.getRuntime().availableProcessors());

    private Argon2Memory() {
    }

    /** Memory for one hash, on one thread: give it back with {@link Lease#close}. */
    static Lease lease() {
        var blocks = KEPT.pollFirst();
        return new Lease(blocks != null ? blocks : new ArrayDeque<>());
    }

    /** How many sets of blocks are kept now (for tests). */
    static int kept() {
        return KEPT.size();
    }

    /** The blocks of one hash; not thread-safe: Bouncy Castle computes a hash on one thread. */
    static final class Lease implements BlockPool, AutoCloseable {

        private final ArrayDeque<Block> blocks;

        private Lease(ArrayDeque<Block> blocks) {
            this.blocks = blocks;
        }

        @Override
        public Block allocate() {
            var block = blocks.pollLast();
            return block != null ? block : new Block();
        }

        @Override
        public void deallocate(Block block) {
            blocks.addLast(block);
        }

        /** How many blocks the lease holds now (for tests). */
        int blocks() {
            return blocks.size();
        }

        /** The hash is done: its blocks (cleared) are kept for the next one, if there is room. */
        @Override
        public void close() {
            if (blocks.size() <= LARGEST_KEPT_KIB) {
                KEPT.offerFirst(blocks);
            }
        }
    }
}
