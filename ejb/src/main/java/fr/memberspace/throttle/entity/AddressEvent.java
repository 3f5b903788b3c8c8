package fr.memberspace.throttle.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Id
    @SequenceGenerator(name = "address_event_seq", sequenceName = "address_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_event_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String address;

    /** What was attempted: the name of a {@code throttle.control.Attempt}. */
    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "event_minute", nullable = false)
    private Instant minute;

    protected AddressEvent() {
    }

    public AddressEvent(String address, String kind, Instant minute) {
        this.address = address;
        this.kind = kind;
        this.minute = minute;
    }
}
