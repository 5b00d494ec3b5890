package dev.newsgraph.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates as clients send them, by the API or the stream: ISO-8601 dates or date-times within {@link DateBounds};
 * anything else is refused with the same words wherever it came from.
 */
public final class IsoDates {

    private IsoDates() {
    }

    /** The instant, null for a missing or blank value; {@link InvalidArticleException} says what is wrong. */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = instant(field, value.strip());
        if (!DateBounds.contains(instant)) {
            throw new InvalidArticleException(field + " must be " + DateBounds.range());
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
                throw new InvalidArticleException(field + " must be an ISO-8601 date or date-time, e.g. 2025-11-02 or "
                        + "2025-11-02T10:00:00Z");
            }
        }
    }
}
