package fr.memberspace.challenge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One picture of a challenge, known to the browser only by its random id. */
@Entity
@Table(name = "challenge_picture")
@NamedQuery(name = ChallengePicture.SHOWN, query = "SELECT p.pictureKey FROM ChallengePicture p, Challenge c"
        + " WHERE p.id = :id AND c.id = p.challengeId AND c.used = FALSE AND c.expiresAt > :now")
public class ChallengePicture {

    /** The picture behind an id, while its challenge is unused and alive. */
    public static final String SHOWN = "ChallengePicture.shown";

    @Id
    @Column(length = 43)
    private String id;

    @Column(name = "challenge_id", nullable = false, length = 43)
    private String challengeId;

    @Column(name = "picture_key", nullable = false, length = 32)
    private String pictureKey;

    @Column(nullable = false)
    private int position;

    protected ChallengePicture() {
    }

    public ChallengePicture(String id, String challengeId, String pictureKey, int position) {
        this.id = id;
        this.challengeId = challengeId;
        this.pictureKey = pictureKey;
        this.position = position;
    }
}
