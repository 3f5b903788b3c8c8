package fr.memberspace.throttle.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One attempt from a client address, counted by minute for a sliding-window limit. */
@Entity
@Table(name = "address_event")
@NamedQuery(name = AddressEvent.COUNTS, query = "SELECT e.minute, COUNT(e) FROM AddressEvent e"
        + " WHERE e.address = :address AND e.kind = :kind AND e.minute >= :since GROUP BY e.minute")
@NamedQuery(name = AddressEvent.FORGET, query = "DELETE FROM AddressEvent e WHERE e.minute < :before")
public class AddressEvent {

    public static final String COUNTS = "AddressEvent.counts";
    public static final String FORGET = "AddressEvent.forget";

    /** What the address attempted. */
    public enum Kind {
        SIGN_IN, CODE_REQUEST, CODE_CHECK
    }

    @Id
    @SequenceGenerator(name = "address_event_seq", sequenceName = "address_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_event_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "event_minute", nullable = false)
    private Instant minute;

    protected AddressEvent() {
    }

    public AddressEvent(String address, Kind kind, Instant minute) {
        this.address = address;
        this.kind = kind;
        this.minute = minute;
    }
}
