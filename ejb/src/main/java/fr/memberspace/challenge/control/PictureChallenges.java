package fr.memberspace.challenge.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Draws picture challenges: {@code size} distinct pictures of the catalogue (6 by default,
 * 5 to 8), shuffled, one of them the target whose word is asked, each under a fresh opaque
 * id. Every picture is equally likely to be the target and to sit at any position.
 *
 * <p>Give it a {@link java.security.SecureRandom} in production: with a predictable source
 * the ids and the answer would be predictable too.
 */
public class PictureChallenges {

    public static final int MIN_SIZE = 5;
    public static final int MAX_SIZE = 8;
    public static final int DEFAULT_SIZE = 6;

    private final Pictures pictures;
    private final RandomGenerator random;

    /**
     * Challenges of pictures from {@code pictures}, drawn with {@code random}.
     *
     * @throws IllegalArgumentException if the catalogue has fewer than {@link #MAX_SIZE} pictures
     */
    public PictureChallenges(Pictures pictures, RandomGenerator random) {
        this.pictures = Objects.requireNonNull(pictures, "pictures");
        this.random = Objects.requireNonNull(random, "random");
        if (pictures.size() < MAX_SIZE) {
            throw new IllegalArgumentException("a catalogue needs at least " + MAX_SIZE + " pictures");
        }
    }

    /** A challenge of {@link #DEFAULT_SIZE} pictures. */
    public PictureChallenge draw() {
        return draw(DEFAULT_SIZE);
    }

    /**
     * A challenge of {@code size} pictures.
     *
     * @throws IllegalArgumentException if the size is outside 5 to 8
     */
    public PictureChallenge draw(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "a challenge shows " + MIN_SIZE + " to " + MAX_SIZE + " pictures, not " + size);
        }
        List<Picture> chosen = firstOfShuffled(pictures.all(), size);
        Picture target = chosen.get(random.nextInt(size));
        List<ShownPicture> shown = new ArrayList<>(size);
        Set<String> ids = new HashSet<>();
        String answerId = null;
        for (Picture picture : chosen) {
            String id = freshId(ids);
            shown.add(new ShownPicture(id, picture.key()));
            if (picture == target) {
                answerId = id;
            }
        }
        return new PictureChallenge(target.key(), target.french(), target.english(), shown, answerId);
    }

    /** The first {@code count} elements of a Fisher-Yates shuffle of {@code all}. */
    private List<Picture> firstOfShuffled(List<Picture> all, int count) {
        List<Picture> deck = new ArrayList<>(all);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(deck.size() - i);
            deck.set(j, deck.set(i, deck.get(j)));
        }
        return deck.subList(0, count);
    }

    private String freshId(Set<String> taken) {
        String id;
        do {
            id = OpaqueIds.next(random); // a repeat of 128 random bits never happens; guard anyway
        } while (!taken.add(id));
        return id;
    }
}
