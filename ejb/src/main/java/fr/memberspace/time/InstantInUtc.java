package fr.memberspace.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link Instant} (Jakarta Persistence 3.1 has no mapping of its own for it) as an
 * {@link OffsetDateTime} in UTC, in a {@code TIMESTAMP WITH TIME ZONE} column (Flyway V4):
 * the database holds the instant itself, so neither the JVM's default zone nor the
 * database session's can shift it. {@code UtcIT} checks it with a server in another zone.
 */
@Converter(autoApply = true)
public class InstantInUtc implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
