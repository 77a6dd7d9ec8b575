package dev.entrypoint.policy;

import dev.entrypoint.ConfigurationException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Objects;

/**
 * A pom's {@code <suppression>}: findings of one rule, in the files a glob matches (all files when
 * no path is given), do not count, for a stated reason. The glob is matched against the path
 * relative to the project, and against the path the finding shows.
 */
public final class Suppression {

  private final String rule;
  private final String path;
  private final String reason;
  private final PathMatcher matcher;

  private Suppression(String rule, String path, String reason) {
    this.rule = rule;
    this.path = path;
    this.reason = reason;
    this.matcher =
        path == null ? null : Glob.matcher(path, "The <suppression><path> of rule " + rule);
  }

  /**
   * A suppression of {@code rule} in files matching {@code path} (or everywhere when it is {@code
   * null} or blank); {@code reason} is required, and {@code path} must be a glob.
   */
  public static Suppression of(String rule, String path, String reason) {
    if (rule == null || rule.isBlank()) {
      throw new ConfigurationException(
          "A <suppression> has no <rule>: name the rule id it suppresses, for example"
              + " <rule>shell-form-cmd</rule>.");
    }
    if (reason == null || reason.isBlank()) {
      throw new ConfigurationException(
          "The <suppression> of rule "
              + rule.strip()
              + " has no <reason>: say why the finding is acceptable here, for example <reason>the"
              + " vendor image runs its own init</reason>.");
    }
    String glob = path == null || path.isBlank() ? null : path.strip();
    return new Suppression(rule.strip(), glob, reason.strip());
  }

  /** The rule id. */
  public String rule() {
    return rule;
  }

  /** The path glob, or {@code null} for every file. */
  public String path() {
    return path;
  }

  /** Why the findings it covers are acceptable. */
  public String reason() {
    return reason;
  }

  /** Whether this suppresses {@code ruleId} at {@code paths} (any of the forms of one path). */
  public boolean covers(String ruleId, String... paths) {
    if (!rule.equals(ruleId)) {
      return false;
    }
    if (matcher == null) {
      return true;
    }
    for (String candidate : paths) {
      if (candidate != null && matcher.matches(Path.of(candidate))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Suppression that
        && rule.equals(that.rule)
        && Objects.equals(path, that.path)
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, path, reason);
  }

  @Override
  public String toString() {
    return rule + (path == null ? "" : " in " + path) + ": " + reason;
  }
}
