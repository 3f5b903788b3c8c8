package fr.memberspace.mutual.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * A mutual hosted on the platform, reached under {@code /{code}/}. Read on every request and
 * seldom changed: kept in EclipseLink's shared cache, and the lookup by code in its query
 * results cache, which any change to a mutual made through this server clears. Both expire
 * after {@value #CACHE_MILLIS} ms, so that a change made through another node of a cluster
 * is seen within that time.
 */
@Entity
@Table(name = "mutual")
@Cacheable
@Cache(expiry = Mutual.CACHE_MILLIS)
@NamedQuery(name = Mutual.BY_CODE, query = "SELECT m FROM Mutual m WHERE m.code = :code",
        hints = {
                @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE, value = HintValues.TRUE),
                @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_SIZE, value = "1000"),
                @QueryHint(name = QueryHints.QUERY_RESULTS_CACHE_EXPIRY, value = "" + Mutual.CACHE_MILLIS)})
public class Mutual implements Serializable {

    public static final String BY_CODE = "Mutual.byCode";
    /** How long a mutual is read from the caches before the database is asked again. */
    public static final int CACHE_MILLIS = 60_000;

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

    /** The mutual's own main colour, {@code #rrggbb}; null for the platform's. */
    @Column(name = "brand_colour", length = 7)
    private String brandColour;

    /** The mutual's logo, a small PNG in base64; null for none. */
    @Column(name = "logo_png", length = 90000)
    private String logoPng;

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

    public String getBrandColour() {
        return brandColour;
    }

    public String getLogoPng() {
        return logoPng;
    }

    /** A new name, sender and colour (checked before they get here). */
    public void describe(String name, String senderAddress, String brandColour) {
        this.name = name;
        this.senderAddress = senderAddress;
        this.brandColour = brandColour;
    }

    /** A new logo (a checked PNG in base64), or none. */
    public void setLogoPng(String logoPng) {
        this.logoPng = logoPng;
    }
}
