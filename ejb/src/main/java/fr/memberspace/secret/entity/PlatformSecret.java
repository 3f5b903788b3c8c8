package fr.memberspace.secret.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret the platform generated for itself (base64 of random bytes). */
@Entity
@Table(name = "platform_secret")
public class PlatformSecret {

    @Id
    @Column(length = 40)
    private String name;

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
