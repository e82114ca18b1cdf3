package ai.zimmer.wallet;

import java.time.LocalDate;

/**
 * Units used on one UTC day.
 */
public record DailyUsage(LocalDate day, long units) {
}
