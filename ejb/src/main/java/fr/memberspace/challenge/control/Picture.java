package fr.memberspace.challenge.control;

import java.util.Objects;

/**
 * One picture of the challenge: a stable key known only to the server, the word a member
 * is asked for in French and in English (article-free nouns, "ballon", "ball"), and the
 * classpath resource of its SVG drawing.
 */
public record Picture(String key, String french, String english, String resource) {

    /** The classpath folder holding every picture, named {@code <key>.svg}. */
    public static final String FOLDER = "fr/memberspace/challenge/pictures/";

    public Picture {
        requireText(key, "key");
        requireText(french, "french");
        requireText(english, "english");
        requireText(resource, "resource");
    }

    /** The picture {@code key} drawn in {@link #FOLDER}{@code key.svg}. */
    public static Picture of(String key, String french, String english) {
        return new Picture(key, french, english, FOLDER + key + ".svg");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
