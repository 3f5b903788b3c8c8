package fr.memberspace.activation.control;

import fr.memberspace.secret.control.KeyedHash;

/**
 * Keyed hashes of activation codes over the code and its {@link CodeBinding}. Only the hash
 * is stored; a stolen table cannot be brute-forced (a 6-digit code has a million values)
 * without the secret. The hash is 64 lower-case hex characters. Thread-safe.
 */
public class CodeHashes {

    /** The shortest secret accepted: 256 bits, the output size of SHA-256. */
    public static final int MINIMUM_SECRET_BYTES = KeyedHash.MINIMUM_SECRET_BYTES;

    private final KeyedHash hash;

    /**
     * @param secret the server secret, at least {@value #MINIMUM_SECRET_BYTES} bytes; copied
     * @throws IllegalArgumentException if the secret is missing or too short
     */
    public CodeHashes(byte[] secret) {
        this.hash = new KeyedHash(secret, "memberspace/activation-code/v1");
    }

    /** The hash to store for {@code code} issued under {@code binding}. */
    public String hash(CodeBinding binding, String code) {
        return hash.hex(binding.mutualCode(), binding.memberNumber(), binding.purpose(), code);
    }

    /**
     * Whether {@code code} under {@code binding} has the stored hash, compared in constant
     * time. A null stored hash or code never matches.
     */
    public boolean matches(CodeBinding binding, String code, String storedHash) {
        return code != null && hash.matches(storedHash, binding.mutualCode(), binding.memberNumber(),
                binding.purpose(), code);
    }

    @Override
    public String toString() {
        return "CodeHashes[HmacSHA256, secret hidden]";
    }
}
