package fr.memberspace.throttle.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies an {@link AddressLimit} to the events of one client address, counted per
 * minute ({@link EventCount}) so that the counts fit a database table: add one to the row
 * of {@link #minuteOf(Instant) the current minute}, read the rows of the window, purge
 * rows older than {@link #forgottenBefore(Instant)}.
 *
 * <p>A minute counts while any part of it is inside the window, so each event counts for
 * at least the window and at most one minute more: the limit is never exceeded.
 */
public class SlidingWindow {

    /** The size of the sub-windows the events are counted in. */
    public static final Duration BUCKET = Duration.ofMinutes(1);

    private final AddressLimit limit;

    public SlidingWindow(AddressLimit limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** The start of the minute an event at {@code instant} is counted in. */
    public static Instant minuteOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Nothing if one more event is allowed at {@code now}; otherwise how long to wait
     * until enough of the oldest minutes have left the window.
     */
    public Optional<Duration> waitBeforeNext(Collection<EventCount> counts, Instant now) {
        List<EventCount> inWindow = counts.stream()
                .filter(count -> leavesWindowAt(count).isAfter(now))
                .sorted(Comparator.comparing(EventCount::minute))
                .toList();
        int excess = inWindow.stream().mapToInt(EventCount::count).sum() - limit.maxEvents();
        if (excess < 0) {
            return Optional.empty();
        }
        int leaving = 0;
        for (EventCount count : inWindow) {
            leaving += count.count();
            if (leaving > excess) {
                return Optional.of(Duration.between(now, leavesWindowAt(count)));
            }
        }
        throw new IllegalStateException("unreachable: the counts sum above the limit");
    }

    /** Minutes starting before this instant no longer count at {@code now} and may be purged. */
    public Instant forgottenBefore(Instant now) {
        return now.minus(limit.window()).minus(BUCKET).plusNanos(1);
    }

    private Instant leavesWindowAt(EventCount count) {
        return count.minute().plus(BUCKET).plus(limit.window());
    }
}
