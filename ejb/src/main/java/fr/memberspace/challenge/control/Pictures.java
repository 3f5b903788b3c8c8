package fr.memberspace.challenge.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of challenge pictures, with their SVG drawings read from the classpath once.
 *
 * <p>Building a catalogue fails if any entry has no drawing, so a missing file shows at
 * start-up rather than as a broken picture; the tests check the other way round, that every
 * drawing in {@link Picture#FOLDER} has its entry.
 *
 * <p>The drawings are served through {@link PictureVariations}, so a bot cannot learn the
 * 16 pictures by their bytes; one that parses the drawings still can. Throttling sign-in
 * failures is what bounds it.
 */
public final class Pictures {

    private static final List<Picture> STANDARD = List.of(
            Picture.of("ballon", "ballon", "ball"),
            Picture.of("parapluie", "parapluie", "umbrella"),
            Picture.of("crayon", "crayon", "pencil"),
            Picture.of("maison", "maison", "house"),
            Picture.of("arbre", "arbre", "tree"),
            Picture.of("voiture", "voiture", "car"),
            Picture.of("cle", "clé", "key"),
            Picture.of("tasse", "tasse", "cup"),
            Picture.of("etoile", "étoile", "star"),
            Picture.of("poisson", "poisson", "fish"),
            Picture.of("chat", "chat", "cat"),
            Picture.of("fleur", "fleur", "flower"),
            Picture.of("soleil", "soleil", "sun"),
            Picture.of("bateau", "bateau", "boat"),
            Picture.of("lunettes", "lunettes", "glasses"),
            Picture.of("horloge", "horloge", "clock"));

    private final Map<String, Picture> byKey = new LinkedHashMap<>();
    private final Map<String, byte[]> drawings = new LinkedHashMap<>();

    /**
     * A catalogue of the given pictures, each drawing read now.
     *
     * @throws IllegalArgumentException if two pictures share a key or a French or English word
     * @throws IllegalStateException if a picture has no drawing on the classpath
     */
    public Pictures(List<Picture> pictures) {
        for (Picture picture : pictures) {
            requireUnique(picture);
            byKey.put(picture.key(), picture);
            drawings.put(picture.key(), read(picture));
        }
    }

    /** The product's catalogue of 16 everyday objects, read once and shared. */
    public static Pictures standard() {
        return Standard.CATALOGUE;
    }

    /** Every picture, in catalogue order. */
    public List<Picture> all() {
        return List.copyOf(byKey.values());
    }

    /** The picture with this key, if the catalogue has one. */
    public Optional<Picture> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * A copy of the SVG drawing of the picture {@code key}.
     *
     * @throws IllegalArgumentException if the catalogue has no such picture
     */
    public byte[] svg(String key) {
        byte[] drawing = drawings.get(key);
        if (drawing == null) {
            throw new IllegalArgumentException("no picture " + key);
        }
        return drawing.clone();
    }

    /** The number of pictures. */
    public int size() {
        return byKey.size();
    }

    /** The keys of all pictures, in catalogue order. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    private void requireUnique(Picture picture) {
        for (Picture other : byKey.values()) {
            if (other.key().equals(picture.key()) || other.french().equals(picture.french())
                    || other.english().equals(picture.english())) {
                throw new IllegalArgumentException("picture " + picture.key() + " repeats " + other.key());
            }
        }
    }

    private static byte[] read(Picture picture) {
        try (InputStream in = Pictures.class.getClassLoader().getResourceAsStream(picture.resource())) {
            if (in == null) {
                throw new IllegalStateException("no drawing for picture " + picture.key() + " at " + picture.resource());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + picture.resource(), e);
        }
    }

    private static final class Standard {
        static final Pictures CATALOGUE = new Pictures(STANDARD);
    }
}
