package fr.memberspace.password.hash;

/**
 * The cost of an Argon2id hash: memory in KiB ({@code m}), passes ({@code t}) and lanes
 * ({@code p}), as written in the PHC string.
 */
public record HashParameters(int memoryKiB, int iterations, int parallelism) {

    /** OWASP Password Storage Cheat Sheet's first Argon2id choice: 19 MiB, 2 passes, 1 lane. */
    public static final HashParameters OWASP = new HashParameters(19_456, 2, 1);

    /** Past this, a stored hash is treated as malformed rather than computed (1 GiB, 100 passes, 64 lanes). */
    static final HashParameters LARGEST = new HashParameters(1 << 20, 100, 64);

    public HashParameters {
        if (parallelism < 1 || parallelism > 0xFFFFFF) {
            throw new IllegalArgumentException("parallelism must be 1 to 2^24-1: " + parallelism);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
        }
        if (memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("memory must be at least 8 KiB per lane: " + memoryKiB);
        }
    }

    boolean exceeds(HashParameters limit) {
        return memoryKiB > limit.memoryKiB || iterations > limit.iterations || parallelism > limit.parallelism;
    }

    /** As in a PHC string: {@code m=19456,t=2,p=1}. */
    @Override
    public String toString() {
        return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
    }
}
