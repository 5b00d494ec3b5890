package dev.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which windows the roll-ups rank, and the whole weeks and loose days they are read as. */
class EntityRankingTest {

    @Test
    void aWindowIsItsWholeWeeksAndTheDaysAroundThem() {
        EntityRanking.Periods p = EntityRanking.periods("2023-04-30T00:00:00Z", "2023-06-01T00:00:00Z", null);
        assertEquals(List.of(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 15),
                LocalDate.of(2023, 5, 22)), p.weeks());
        assertEquals(List.of(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 29), LocalDate.of(2023, 5, 30),
                LocalDate.of(2023, 5, 31)), p.days());
        // a window shorter than a week is days only
        EntityRanking.Periods shortWindow = EntityRanking.periods("2023-05-02T00:00:00Z", "2023-05-05T00:00:00Z", null);
        assertEquals(List.of(), shortWindow.weeks());
        assertEquals(3, shortWindow.days().size());
    }

    @Test
    void windowsTheRollupsCannotAnswerAreCountedFromMentions() {
        assertNull(EntityRanking.periods("2023-05-01T00:00:01Z", "2023-06-01T00:00:00Z", null)); // off midnight
        assertNull(EntityRanking.periods("2023-05-01T00:00:00Z", "2023-06-01T00:00:00Z", List.of("wire"))); // a source
        assertNull(EntityRanking.periods(null, "2023-06-01T00:00:00Z", null)); // no lower bound
        assertNull(EntityRanking.periods("2020-01-01T00:00:00Z", "2023-01-01T00:00:00Z", null)); // over 400 days
    }
}
