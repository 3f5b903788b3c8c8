package fr.memberspace.challenge.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import fr.memberspace.secret.control.SecretKeys;

/**
 * Challenges the server keeps nowhere until they are answered. A challenge is a token that
 * the server signs (HMAC-SHA256 with a key from the server secret, truncated to 128 bits)
 * over a random nonce, its kind, the mutual and its expiry. The pictures shown, their order,
 * their opaque ids and the target, or the question in words, are drawn from a stream of
 * numbers derived from the nonce with the same key: the same token always shows the same
 * challenge, and nobody without the secret can tell which picture is the target.
 *
 * <p>So a page view and its picture requests need no database; only an answer is recorded
 * (once, by its nonce) to keep each challenge single use.
 *
 * <p>A token starts with the id of the key that signed it ({@link SecretKeys}): after a
 * rotation of the server secret, new challenges are signed with the new key while those
 * shown a moment before, signed with the previous one, can still be answered. Thread-safe.
 */
public final class SignedChallenges {

    /** The use the key is derived for from the server secret. */
    public static final String KEY_USE = "challenge";
    /** The longest token text read: longer input is refused before any work. */
    public static final int MAX_TOKEN_LENGTH = 180;
    /** The shortest key accepted: 256 bits. */
    public static final int MINIMUM_KEY_BYTES = 32;

    static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 16;
    private static final byte VERSION = 1;
    private static final int FIXED_BYTES = 2 + Long.BYTES + NONCE_BYTES;
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] TOKEN_DOMAIN = "memberspace/challenge-token/v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DRAW_DOMAIN = "memberspace/challenge-draw/v1".getBytes(StandardCharsets.UTF_8);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeys.Key current;
    private final Function<String, Optional<SecretKeys.Key>> keysById;
    private final Pictures pictures;
    private final RandomGenerator nonces;

    /**
     * Challenges signed with the server secret's current key for {@value #KEY_USE}, read with
     * the key their id names (current or previous).
     *
     * @param nonces the source of nonces: a {@link java.security.SecureRandom} in production
     */
    public static SignedChallenges with(SecretKeys keys, Pictures pictures, RandomGenerator nonces) {
        return new SignedChallenges(keys.current(KEY_USE), id -> keys.byId(id, KEY_USE), pictures, nonces);
    }

    /**
     * Challenges signed and read with one key (tests, benchmarks).
     *
     * @param key a key of at least {@value #MINIMUM_KEY_BYTES} bytes; copied
     * @param pictures the catalogue challenges are drawn from
     * @param nonces the source of nonces
     */
    public SignedChallenges(byte[] key, Pictures pictures, RandomGenerator nonces) {
        this(oneKey(key), null, pictures, nonces);
    }

    private SignedChallenges(SecretKeys.Key current, Function<String, Optional<SecretKeys.Key>> keysById,
            Pictures pictures, RandomGenerator nonces) {
        if (current.bytes().length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("key must have at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        this.current = current;
        this.keysById = keysById != null ? keysById
                : id -> current.id().equals(id) ? Optional.of(current) : Optional.empty();
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    private static SecretKeys.Key oneKey(byte[] key) {
        if (key == null) {
            throw new IllegalArgumentException("key must have at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        return new SecretKeys.Key("0", key);
    }

    /** A new signed challenge of {@code kind} for the mutual, expiring at {@code expiresAt} (to the second). */
    public ChallengeToken issue(ChallengeToken.Kind kind, String mutualCode, Instant expiresAt) {
        byte[] nonce = new byte[NONCE_BYTES];
        nonces.nextBytes(nonce);
        byte[] mutual = mutualCode.getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(FIXED_BYTES + mutual.length)
                .put(VERSION).put(kind.code).putLong(expiresAt.getEpochSecond()).put(nonce).put(mutual)
                .array();
        String text = current.id() + "." + ENCODER.encodeToString(payload) + "."
                + ENCODER.encodeToString(sign(payload, current));
        return new ChallengeToken(text, kind, mutualCode, Instant.ofEpochSecond(expiresAt.getEpochSecond()),
                ENCODER.encodeToString(nonce));
    }

    /**
     * The challenge a token text stands for, if this server signed it and nobody changed a
     * bit of it since; empty for anything else (null, too long, malformed, forged). Expiry
     * is the caller's to check.
     */
    public Optional<ChallengeToken> read(String text) {
        if (text == null || text.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int first = text.indexOf('.');
        int dot = first < 0 ? -1 : text.indexOf('.', first + 1);
        if (dot < 0 || text.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        var key = keysById.apply(text.substring(0, first));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] mac;
        try {
            payload = DECODER.decode(text.substring(first + 1, dot));
            mac = DECODER.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (payload.length <= FIXED_BYTES || !MessageDigest.isEqual(sign(payload, key.get()), mac)
                || !text.equals(text.substring(0, first + 1) + ENCODER.encodeToString(payload) + "."
                        + ENCODER.encodeToString(mac))) {
            // the last check keeps one text per token: base64 leaves spare bits in its last character
            return Optional.empty();
        }
        ByteBuffer fields = ByteBuffer.wrap(payload);
        ChallengeToken.Kind kind = fields.get() == VERSION ? ChallengeToken.Kind.of(fields.get()) : null;
        if (kind == null) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.ofEpochSecond(fields.getLong());
        byte[] nonce = new byte[NONCE_BYTES];
        fields.get(nonce);
        String mutualCode = new String(payload, FIXED_BYTES, payload.length - FIXED_BYTES, StandardCharsets.UTF_8);
        return Optional.of(new ChallengeToken(text, kind, mutualCode, expiresAt, ENCODER.encodeToString(nonce)));
    }

    /** The pictures of a token, always the same for the same token: what the page shows and what answers it. */
    public PictureChallenge pictures(ChallengeToken token) {
        return new PictureChallenges(pictures, drawOf(token)).draw();
    }

    /** The question in words of a token, in the language of {@code locale}; its answer does not depend on it. */
    public WordQuestion question(ChallengeToken token, Locale locale) {
        return new WordQuestions(pictures, drawOf(token)).draw(locale);
    }

    /**
     * The right answer of a token, as a page posts it: the opaque id of the target picture,
     * or the key of the word that answers the question. Only who holds the key can know it
     * (acceptance tests ask the test server for it).
     */
    public Optional<String> rightAnswer(String text) {
        return read(text).map(token -> token.kind() == ChallengeToken.Kind.PICTURES ? pictures(token).answerId()
                : question(token, Locale.ROOT).answerKey());
    }

    /** The address a picture of a challenge is served under: the token, a dot, the picture's opaque id. */
    public static String pictureAddress(String token, String pictureId) {
        return token + "." + pictureId;
    }

    /**
     * The drawing behind an address while its challenge is live, as this challenge shows it
     * ({@link PictureVariations}: the same bytes for the same address, other bytes for the
     * same picture in another challenge); empty for anything else (expired, forged, a
     * question in words, an id the challenge does not show).
     */
    public Optional<byte[]> pictureAt(String address, Instant now) {
        if (address == null || address.length() > MAX_TOKEN_LENGTH + 1 + OpaqueIds.LENGTH) {
            return Optional.empty();
        }
        int dot = address.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String id = address.substring(dot + 1);
        return read(address.substring(0, dot))
                .filter(token -> token.kind() == ChallengeToken.Kind.PICTURES && token.isLiveAt(now))
                .flatMap(token -> pictures(token).shown().stream()
                        .filter(shown -> shown.id().equals(id))
                        .findFirst()
                        .map(shown -> PictureVariations.vary(pictures.svg(shown.pictureKey()), drawOf(token, id))));
    }

    private RandomGenerator drawOf(ChallengeToken token) {
        return new Draw(keyOf(token), DECODER.decode(token.nonce()));
    }

    /** The numbers of one picture's variation: the nonce and the picture's id. */
    private RandomGenerator drawOf(ChallengeToken token, String pictureId) {
        byte[] nonce = DECODER.decode(token.nonce());
        byte[] id = pictureId.getBytes(StandardCharsets.US_ASCII);
        return new Draw(keyOf(token), ByteBuffer.allocate(nonce.length + id.length).put(nonce).put(id).array());
    }

    /** The key a token was signed with: {@link #read} checked it is configured. */
    private SecretKeys.Key keyOf(ChallengeToken token) {
        var text = token.text();
        return keysById.apply(text.substring(0, Math.max(0, text.indexOf('.'))))
                .orElseThrow(() -> new IllegalArgumentException("a token this server did not read"));
    }

    private static byte[] sign(byte[] payload, SecretKeys.Key key) {
        Mac mac = newMac(key);
        mac.update(TOKEN_DOMAIN);
        byte[] full = mac.doFinal(payload);
        byte[] truncated = new byte[MAC_BYTES];
        System.arraycopy(full, 0, truncated, 0, MAC_BYTES);
        return truncated;
    }

    private static Mac newMac(SecretKeys.Key key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.bytes(), ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        }
    }

    /**
     * The numbers a challenge is drawn with: HMAC(key, domain, nonce, block number) in
     * counter mode, 32 bytes a block. Unpredictable without the key, the same for the same nonce.
     */
    private static final class Draw implements RandomGenerator {

        private final SecretKeys.Key key;
        private final byte[] nonce;
        private long block;
        private ByteBuffer bytes = ByteBuffer.allocate(0);

        /** The stream of a nonce; of a nonce and a picture id for a picture's variation. */
        Draw(SecretKeys.Key key, byte[] nonce) {
            this.key = key;
            this.nonce = nonce;
        }

        @Override
        public long nextLong() {
            if (bytes.remaining() < Long.BYTES) {
                Mac mac = newMac(key);
                mac.update(DRAW_DOMAIN);
                mac.update(nonce);
                bytes = ByteBuffer.wrap(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(block++).array()));
            }
            return bytes.getLong();
        }
    }
}
