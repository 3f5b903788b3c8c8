package fr.memberspace.account.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A password a member had, kept (hashed) so that it is not chosen again too soon. */
@Entity
@Table(name = "password_history")
@NamedQuery(name = PasswordHistoryEntry.RECENT,
        query = "SELECT h.passwordHash FROM PasswordHistoryEntry h WHERE h.member = :member ORDER BY h.createdAt DESC")
public class PasswordHistoryEntry {

    public static final String RECENT = "PasswordHistoryEntry.recent";

    @Id
    @SequenceGenerator(name = "password_history_seq", sequenceName = "password_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_history_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PasswordHistoryEntry() {
    }

    public PasswordHistoryEntry(Member member, String passwordHash, Instant createdAt) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }
}
