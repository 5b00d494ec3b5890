package dev.newsgraph.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Dates as clients send them: ISO-8601 dates or date-times; anything else is a clear error. */
final class Dates {

    private Dates() {
    }

    static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
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
