package dev.entrypoint.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rule found: the rule, the severity it has in this build, where, and a message that says
 * what is wrong, why it matters and how to fix it. A finding may be suppressed, with a reason, by
 * the pom or by a comment in the Dockerfile: it is then reported but does not fail the build.
 */
public final class Finding {

  private final String ruleId;
  private final Severity severity;
  private final Location location;
  private final String message;
  private final Suppressed suppressed;

  /** Why a finding does not count: where it was suppressed and the reason given. */
  public record Suppressed(Kind kind, String reason) {

    /** Where the suppression was written. */
    public enum Kind {
      /** A {@code <suppression>} in the pom. */
      POM,
      /** An {@code # entrypoint:ignore=RULE reason} comment in the Dockerfile itself. */
      INLINE
    }

    public Suppressed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A finding that counts: not suppressed. */
  public Finding(String ruleId, Severity severity, Location location, String message) {
    this(ruleId, severity, location, message, null);
  }

  private Finding(
      String ruleId, Severity severity, Location location, String message, Suppressed suppressed) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.location = Objects.requireNonNull(location, "location");
    this.message = Objects.requireNonNull(message, "message");
    this.suppressed = suppressed;
  }

  /** The id of the rule that found it. */
  public String ruleId() {
    return ruleId;
  }

  /** The severity the rule has in this build. */
  public Severity severity() {
    return severity;
  }

  /** Where it is. */
  public Location location() {
    return location;
  }

  /** What is wrong, why it matters, and the fix. */
  public String message() {
    return message;
  }

  /** How this finding was suppressed, or empty when it counts. */
  public Optional<Suppressed> suppressed() {
    return Optional.ofNullable(suppressed);
  }

  /** Whether this finding counts against the build: not suppressed. */
  public boolean counts() {
    return suppressed == null;
  }

  /** This finding, suppressed. */
  public Finding suppressedBy(Suppressed how) {
    return new Finding(ruleId, severity, location, message, Objects.requireNonNull(how, "how"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Finding that
        && ruleId.equals(that.ruleId)
        && severity == that.severity
        && location.equals(that.location)
        && message.equals(that.message)
        && Objects.equals(suppressed, that.suppressed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, location, message, suppressed);
  }

  /**
   * The line the console and the JUnit report show: {@code Dockerfile:9 shell-form-entrypoint
   * error: ENTRYPOINT in shell form ...}, with {@code (suppressed: REASON)} after a suppressed one.
   */
  @Override
  public String toString() {
    return location
        + " "
        + ruleId
        + " "
        + severity.id()
        + ": "
        + message
        + (suppressed == null ? "" : " (suppressed: " + suppressed.reason() + ")");
  }
}
