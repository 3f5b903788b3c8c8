package fr.memberspace.throttle.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The sign-in failures of a member number as typed in a mutual, from one client (a known
 * device, or all the others together), whether or not a member has that number: an unknown
 * number is delayed and locked like a real one. Plain values;
 * {@link fr.memberspace.throttle.control.FailureCounters} reads and writes them under a
 * row lock.
 */
@Entity
@Table(name = "client_sign_in_failures")
@IdClass(SignInFailures.Key.class)
@NamedQuery(name = SignInFailures.CLEAR, query = "UPDATE SignInFailures f SET f.consecutive = 0, f.locks = 0,"
        + " f.lastFailure = NULL, f.lockedUntil = NULL WHERE f.mutualCode = :mutual AND f.memberNumber = :number")
@NamedQuery(name = SignInFailures.FORGET_RESTING, query = "DELETE FROM SignInFailures f WHERE f.consecutive = 0"
        + " AND f.locks = 0 AND (f.lockedUntil IS NULL OR f.lockedUntil < :now) AND f.pending = 0"
        + " AND (f.dayStart IS NULL OR f.dayStart < :dayAgo)")
@NamedQuery(name = SignInFailures.UNLOCK, query = "UPDATE SignInFailures f SET f.consecutive = 0, f.locks = 0,"
        + " f.lastFailure = NULL, f.lockedUntil = NULL, f.dayStart = NULL, f.dayFailures = 0"
        + " WHERE f.mutualCode = :mutual AND f.memberNumber = :number")
@NamedQuery(name = SignInFailures.OF_NUMBER, query = "SELECT f FROM SignInFailures f"
        + " WHERE f.mutualCode = :mutual AND f.memberNumber = :number ORDER BY f.client")
public class SignInFailures {

    /** No failure any more for a number, from any client (the daily budget of the others is kept). */
    public static final String CLEAR = "SignInFailures.clear";
    /** Counters that say nothing a missing row would not: no failure, no lock, no try pending, no day of the others running. */
    public static final String FORGET_RESTING = "SignInFailures.forgetResting";

    /** No failure and no spent daily budget any more for a number, from any client (a support agent's unlock). */
    public static final String UNLOCK = "SignInFailures.unlock";

    /** Every client's counter of a number. */
    public static final String OF_NUMBER = "SignInFailures.ofNumber";

    @Id
    @Column(name = "mutual_code", length = 32)
    private String mutualCode;

    @Id
    @Column(name = "member_number", length = 20)
    private String memberNumber;

    @Id
    @Column(length = 64)
    private String client;

    @Column(nullable = false)
    private int consecutive;

    @Column(nullable = false)
    private int locks;

    @Column(name = "last_failure")
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "day_start")
    private Instant dayStart;

    @Column(name = "day_failures", nullable = false)
    private int dayFailures;

    /** Tries reserved and not settled yet (TryReservations). */
    @Column(nullable = false)
    private int pending;

    @Column(name = "last_reserved")
    private Instant lastReserved;

    @Version
    private long version;

    protected SignInFailures() {
    }

    /** {@code others}, or {@code device:…} for a known device (see Clients). */
    public String getClient() {
        return client;
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

    public Instant getDayStart() {
        return dayStart;
    }

    public int getDayFailures() {
        return dayFailures;
    }

    public int getPending() {
        return pending;
    }

    public Instant getLastReserved() {
        return lastReserved;
    }

    public void updatePending(int pending, Instant lastReserved) {
        this.pending = pending;
        this.lastReserved = lastReserved;
    }

    public void updateDay(Instant start, int failures) {
        this.dayStart = start;
        this.dayFailures = failures;
    }

    public void update(int consecutive, int locks, Instant lastFailure, Instant lockedUntil) {
        this.consecutive = consecutive;
        this.locks = locks;
        this.lastFailure = lastFailure;
        this.lockedUntil = lockedUntil;
    }

    /** The primary key: mutual code, member number and client. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String mutualCode;
        private String memberNumber;
        private String client;

        public Key() {
        }

        public Key(String mutualCode, String memberNumber, String client) {
            this.mutualCode = mutualCode;
            this.memberNumber = memberNumber;
            this.client = client;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(mutualCode, key.mutualCode)
                    && Objects.equals(memberNumber, key.memberNumber) && Objects.equals(client, key.client);
        }

        @Override
        public int hashCode() {
            return Objects.hash(mutualCode, memberNumber, client);
        }
    }
}
