package fr.memberspace.time;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link Instant} as a SQL timestamp (Jakarta Persistence 3.1 has no mapping of
 * its own for it). The server runs in UTC (see wildfly-config), so the columns hold UTC.
 */
@Converter(autoApply = true)
public class InstantAsTimestamp implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
