package dev.entrypoint.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A policy rule: what it finds, under a stable kebab-case id that pom settings, suppressions and
 * reports refer to. A rule checks one or more kinds of input by implementing {@link
 * DockerfileRule}, {@link ImageRule} or {@link ImageFilesRule}; it holds no state, so one instance
 * serves every input and thread.
 */
public abstract class Rule {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final String name;
  private final Severity defaultSeverity;
  private final String summary;

  protected Rule(String id, String name, Severity defaultSeverity, String summary) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a rule id is kebab-case: " + id);
    }
    this.id = id;
    this.name = Objects.requireNonNull(name, "name");
    this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /** The stable id, such as {@code shell-form-entrypoint}. */
  public final String id() {
    return id;
  }

  /** A short title, such as {@code Shell-form ENTRYPOINT}. */
  public final String name() {
    return name;
  }

  /**
   * The severity the rule has unless the pom overrides it; {@link Severity#OFF} for opt-in rules.
   */
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One sentence saying what the rule finds and why it matters. */
  public final String summary() {
    return summary;
  }

  /** The rule's documentation page in the project, {@code docs/rules/<id>.md}. */
  public final String docPage() {
    return "docs/rules/" + id + ".md";
  }

  @Override
  public final boolean equals(Object other) {
    return other instanceof Rule that && id.equals(that.id);
  }

  @Override
  public final int hashCode() {
    return id.hashCode();
  }

  @Override
  public final String toString() {
    return id;
  }
}
