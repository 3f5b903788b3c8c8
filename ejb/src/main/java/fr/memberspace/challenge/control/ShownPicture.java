package fr.memberspace.challenge.control;

import java.util.Objects;

/**
 * One picture as a challenge shows it: the opaque {@code id} the page uses (in the image
 * address and the click), and the {@code pictureKey} that only the server keeps.
 */
public record ShownPicture(String id, String pictureKey) {

    public ShownPicture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pictureKey, "pictureKey");
    }
}
