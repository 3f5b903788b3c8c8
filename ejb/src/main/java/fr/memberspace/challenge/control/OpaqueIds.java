package fr.memberspace.challenge.control;

import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * Fresh opaque ids for the pictures of one challenge: 16 random bytes in unpadded base64url
 * (22 characters), so the id a picture is served under says nothing of what it shows.
 */
final class OpaqueIds {

    static final int BYTES = 16;
    /** The length of an id: 16 bytes in unpadded base64url. */
    static final int LENGTH = 22;

    private OpaqueIds() {
    }

    static String next(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
