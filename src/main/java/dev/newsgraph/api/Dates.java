package dev.newsgraph.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.newsgraph.article.DateBounds;

/**
 * Dates as clients send them: ISO-8601 dates or date-times within {@link DateBounds}; anything else is a
 * clear error, for every date argument alike.
 */
final class Dates {

    private Dates() {
    }

    static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = instant(field, value.strip());
        if (!DateBounds.contains(instant)) {
            throw new BadUserInputException(field + " must be " + DateBounds.range());
        }
        return instant;
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadUserInputException(field + " must be an ISO-8601 date or date-time, e.g. 2025-11-02 or "
                        + "2025-11-02T10:00:00Z");
            }
        }
    }

    /** The same, as the ISO string Cypher's datetime() reads; null stays null. */
    static String iso(String field, String value) {
        Instant instant = parse(field, value);
        return instant == null ? null : instant.toString();
    }
}
