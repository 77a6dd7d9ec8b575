package dev.entrypoint.verify;

import java.time.Duration;
import java.util.Locale;

/** Durations as reports show them: {@code 0.4 s}, {@code 12.0 s}, {@code 2 min 5 s}. */
final class DurationText {

  private DurationText() {}

  /**
   * {@code duration} in seconds with one decimal, or in minutes and seconds from two minutes on.
   */
  static String of(Duration duration) {
    if (duration.compareTo(Duration.ofMinutes(2)) >= 0) {
      return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
