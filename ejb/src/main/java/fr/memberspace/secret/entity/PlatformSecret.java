package fr.memberspace.secret.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A key the platform made for itself, kept sealed under the server secret (never in
 * clear): today only the decoy key ({@link fr.memberspace.secret.control.DecoyKey}).
 */
@Entity
@Table(name = "platform_secret")
@NamedQuery(name = PlatformSecret.RESEAL, query = "UPDATE PlatformSecret s SET s.secret = :sealed"
        + " WHERE s.name = :name AND s.secret = :before")
public class PlatformSecret {

    /** Replaces the sealed value, if it is still the one read. */
    public static final String RESEAL = "PlatformSecret.reseal";

    @Id
    @Column(length = 40)
    private String name;

    /** The sealed value ({@code <key id>:<base64url>}). */
    @Column(nullable = false, length = 128)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlatformSecret() {
    }

    public PlatformSecret(String name, String secret, Instant createdAt) {
        this.name = name;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getSecret() {
        return secret;
    }
}
