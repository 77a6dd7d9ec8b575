package dev.entrypoint.policy;

import dev.entrypoint.ConfigurationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much a finding matters, from {@link #ERROR} down to {@link #INFO}; {@link #OFF} turns a rule
 * off. The build fails on findings at or above the {@code failOn} threshold.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF;

  /** {@code error}, {@code warning}, {@code info} or {@code off}, in any case. */
  public static Severity parse(String value, String pomElement) {
    String wanted = value == null ? "" : value.strip();
    for (Severity severity : values()) {
      if (severity.name().equalsIgnoreCase(wanted)) {
        return severity;
      }
    }
    throw new ConfigurationException(
        pomElement
            + " is '"
            + value
            + "', which is not a severity: use one of "
            + Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "))
            + ".");
  }

  /**
   * The threshold {@code failOn} names: {@code error}, {@code warning} or {@code info}, or {@code
   * none} to report every finding and never fail (as {@link #OFF}, which no finding reaches).
   * {@code off} is refused: it reads as turning the check off, which is {@code skip}.
   */
  public static Severity threshold(String value, String pomElement) {
    if (value != null && value.strip().equalsIgnoreCase("none")) {
      return OFF;
    }
    Severity threshold = parse(value, pomElement);
    if (threshold == OFF) {
      throw new ConfigurationException(
          pomElement
              + " is 'off': use error, warning or info; none to report every finding without"
              + " failing the build; or skip the goal with -Dentrypoint.check.skip.");
    }
    return threshold;
  }

  /** The lower-case name a pom and the reports use: {@code error}, {@code warning}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding of this severity reaches {@code threshold}; {@link #OFF} reaches nothing. */
  public boolean reaches(Severity threshold) {
    return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
  }

  /**
   * The SARIF 2.1.0 {@code level}: {@code error}, {@code warning}, {@code note} or {@code none}.
   */
  public String sarifLevel() {
    return switch (this) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }
}
