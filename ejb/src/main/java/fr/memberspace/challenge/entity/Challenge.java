package fr.memberspace.challenge.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A challenge shown once: its answer (an opaque picture id, or a picture key for the word question). */
@Entity
@Table(name = "challenge")
@NamedQuery(name = Challenge.USE, query = "UPDATE Challenge c SET c.used = TRUE"
        + " WHERE c.id = :id AND c.used = FALSE AND c.expiresAt > :now")
@NamedQuery(name = Challenge.FORGET, query = "DELETE FROM Challenge c WHERE c.expiresAt < :before")
public class Challenge {

    /** Uses the challenge if it is still unused and alive: true for one caller only. */
    public static final String USE = "Challenge.use";
    public static final String FORGET = "Challenge.forget";

    /** Pictures to click, or a question to answer in words (for people who cannot see them). */
    public enum Kind {
        PICTURES, WORDS
    }

    @Id
    @Column(length = 43)
    private String id;

    @Column(name = "mutual_code", nullable = false, length = 32)
    private String mutualCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 43)
    private String answer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean used;

    protected Challenge() {
    }

    public Challenge(String id, String mutualCode, Kind kind, String answer, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.mutualCode = mutualCode;
        this.kind = kind;
        this.answer = answer;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getId() {
        return id;
    }

    public String getMutualCode() {
        return mutualCode;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
