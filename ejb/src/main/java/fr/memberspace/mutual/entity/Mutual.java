package fr.memberspace.mutual.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A mutual hosted on the platform, reached under {@code /{code}/}. */
@Entity
@Table(name = "mutual")
@NamedQuery(name = Mutual.BY_CODE, query = "SELECT m FROM Mutual m WHERE m.code = :code")
public class Mutual implements Serializable {

    public static final String BY_CODE = "Mutual.byCode";

    /** Lower-case letters, digits and dashes: safe as the first segment of a URL. */
    public static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{0,31}";

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "mutual_seq", sequenceName = "mutual_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mutual_seq")
    private Long id;

    @NotBlank
    @Pattern(regexp = CODE_PATTERN)
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(name = "sender_address", nullable = false, length = 254)
    private String senderAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private MutualSettings settings = new MutualSettings();

    protected Mutual() {
    }

    public Mutual(String code, String name, String senderAddress, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.senderAddress = senderAddress;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getSenderAddress() {
        return senderAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MutualSettings getSettings() {
        return settings;
    }
}
