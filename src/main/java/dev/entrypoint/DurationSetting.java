package dev.entrypoint;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a pom writes it: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 10}
 * (seconds), or ISO-8601 {@code PT10S}.
 */
public final class DurationSetting {

  private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

  private DurationSetting() {}

  /**
   * The duration {@code value} of {@code element} means.
   *
   * @throws ConfigurationException when the value is not a positive duration, or one too long to
   *     count in milliseconds
   */
  public static Duration parse(String value, String element) {
    String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    Duration duration;
    try {
      duration = read(text);
      duration.toMillis();
    } catch (DateTimeParseException notADuration) {
      throw invalid(value, element);
    } catch (NumberFormatException | ArithmeticException tooLong) {
      throw new ConfigurationException(
          element
              + " is '"
              + value
              + "', which is longer than a duration can be"
              + " here: write a number with a unit, such as 500ms, 10s, 2m or 1h.");
    }
    if (duration.isZero() || duration.isNegative()) {
      throw invalid(value, element);
    }
    return duration;
  }

  private static Duration read(String text) {
    Matcher amount = AMOUNT.matcher(text);
    if (!amount.matches()) {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    }
    long number = Long.parseLong(amount.group(1));
    String unit = amount.group(2) == null ? "s" : amount.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(number);
      case "m", "min" -> Duration.ofMinutes(number);
      case "h" -> Duration.ofHours(number);
      default -> Duration.ofSeconds(number);
    };
  }

  private static ConfigurationException invalid(String value, String element) {
    return new ConfigurationException(
        element
            + " is '"
            + value
            + "', which is not a duration: write a positive"
            + " number with a unit, such as 500ms, 10s, 2m or 1h (a number alone is seconds).");
  }
}
