package fr.memberspace.throttle.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The sign-in failures of a member number as typed in a mutual, whether or not a member
 * has that number: an unknown number is delayed and locked like a real one. Plain values;
 * {@link fr.memberspace.throttle.control.FailureCounters} reads and writes them under a
 * row lock.
 */
@Entity
@Table(name = "sign_in_failures")
@IdClass(SignInFailures.Key.class)
public class SignInFailures {

    @Id
    @Column(name = "mutual_code", length = 32)
    private String mutualCode;

    @Id
    @Column(name = "member_number", length = 20)
    private String memberNumber;

    @Column(nullable = false)
    private int consecutive;

    @Column(nullable = false)
    private int locks;

    @Column(name = "last_failure")
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInFailures() {
    }

    public int getConsecutive() {
        return consecutive;
    }

    public int getLocks() {
        return locks;
    }

    public Instant getLastFailure() {
        return lastFailure;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void update(int consecutive, int locks, Instant lastFailure, Instant lockedUntil) {
        this.consecutive = consecutive;
        this.locks = locks;
        this.lastFailure = lastFailure;
        this.lockedUntil = lockedUntil;
    }

    /** The primary key: mutual code and member number. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String mutualCode;
        private String memberNumber;

        public Key() {
        }

        public Key(String mutualCode, String memberNumber) {
            this.mutualCode = mutualCode;
            this.memberNumber = memberNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(mutualCode, key.mutualCode)
                    && Objects.equals(memberNumber, key.memberNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mutualCode, memberNumber);
        }
    }
}
