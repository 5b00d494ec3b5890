package dev.newsgraph.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The dates newsgraph takes: from 1900 to 100 years from now. Outside them a date is a typo or an attack,
 * and one stored in the graph breaks later reads for everyone (the epoch milliseconds of year 999,999,999
 * do not fit Neo4j's arithmetic when entities are sorted by when they were last seen).
 */
public final class DateBounds {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final int YEARS_AHEAD = 100;

    private DateBounds() {
    }

    public static Instant latest() {
        return ZonedDateTime.now(ZoneOffset.UTC).plusYears(YEARS_AHEAD).toInstant();
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(latest());
    }

    /** The bounds in words, for error messages. */
    public static String range() {
        return "between 1900-01-01 and " + latest().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
