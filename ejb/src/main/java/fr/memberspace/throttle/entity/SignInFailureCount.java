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

import fr.memberspace.throttle.control.SignInFailures;

/**
 * Consecutive sign-in failures for a member number as typed in a mutual, whether or not a
 * member has that number: an unknown number is delayed and locked like a real one.
 */
@Entity
@Table(name = "sign_in_failures")
@IdClass(SignInFailureCount.Key.class)
public class SignInFailureCount {

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

    protected SignInFailureCount() {
    }

    public SignInFailureCount(String mutualCode, String memberNumber) {
        this.mutualCode = mutualCode;
        this.memberNumber = memberNumber;
    }

    public SignInFailures failures() {
        return new SignInFailures(consecutive, locks, lastFailure, lockedUntil);
    }

    public void update(SignInFailures failures) {
        consecutive = failures.consecutive();
        locks = failures.locks();
        lastFailure = failures.lastFailure();
        lockedUntil = failures.lockedUntil();
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
