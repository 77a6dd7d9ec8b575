package dev.entrypoint.project;

import dev.entrypoint.ConfigurationException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** An image's creation time as {@code <container><creationTime>} writes it. */
public final class CreationTime {

  private CreationTime() {}

  /**
   * {@code EPOCH} (reproducible), {@code USE_CURRENT_TIMESTAMP}, or an ISO-8601 instant.
   *
   * @throws ConfigurationException for anything else
   */
  public static Instant parse(String value) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.equalsIgnoreCase("EPOCH")) {
      return Instant.EPOCH;
    }
    if (trimmed.equalsIgnoreCase("USE_CURRENT_TIMESTAMP")) {
      return Instant.now();
    }
    try {
      return Instant.parse(trimmed);
    } catch (DateTimeParseException e) {
      throw new ConfigurationException(
          "<container><creationTime> is '"
              + value
              + "': use EPOCH (the default, reproducible),"
              + " USE_CURRENT_TIMESTAMP, or an ISO-8601 instant such as 2026-01-01T00:00:00Z.");
    }
  }
}
