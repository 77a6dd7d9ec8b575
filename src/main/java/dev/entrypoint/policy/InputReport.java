package dev.entrypoint.policy;

import dev.entrypoint.launch.ImageLaunch;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of checking one input: what it is, the ENTRYPOINT and CMD it stores (or, for a
 * Dockerfile, its target stage stores), which rules ran and which could not, the findings, and the
 * rules that threw instead of finishing (internal errors, kept apart from the findings).
 */
public final class InputReport {

  /** The kinds of input a check reads. */
  public enum Kind {
    /** The image a pom's {@code <container>} declares. */
    POM,
    /** A built image. */
    IMAGE,
    /** A Dockerfile or Containerfile. */
    DOCKERFILE,
    /** A Compose file. */
    COMPOSE,
    /** A Kubernetes manifest. */
    KUBERNETES;

    /** {@code pom}, {@code image}, {@code dockerfile}, {@code compose} or {@code kubernetes}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** {@code 2 dockerfiles}, {@code 1 compose file}, {@code 3 kubernetes manifests}. */
    public String counted(long count) {
      String noun =
          switch (this) {
            case COMPOSE -> "compose file";
            case KUBERNETES -> "kubernetes manifest";
            default -> id();
          };
      return count + " " + noun + (count == 1 ? "" : "s");
    }
  }

  private final Kind kind;
  private final String path;
  private final String subject;
  private final ImageLaunch launch;
  private final boolean launchKnown;
  private final List<String> checkedRules;
  private final List<String> skippedRules;
  private final List<Finding> findings;
  private final List<RuleCrash> internalErrors;
  private final List<String> notes;

  /**
   * The report of one input. {@code subject} says what in it was checked (a stage, the pom's {@code
   * <container>}); {@code skippedRules} are the rules about files, when the input's files could not
   * be read; {@code internalErrors} are the rules that threw on it; {@code notes} are what else the
   * user should know, such as an ignore comment that ignores nothing.
   */
  public InputReport(
      Kind kind,
      String path,
      String subject,
      ImageLaunch launch,
      boolean launchKnown,
      List<String> checkedRules,
      List<String> skippedRules,
      List<Finding> findings,
      List<RuleCrash> internalErrors,
      List<String> notes) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.launch = Objects.requireNonNull(launch, "launch");
    this.launchKnown = launchKnown;
    this.checkedRules = List.copyOf(checkedRules);
    this.skippedRules = List.copyOf(skippedRules);
    this.findings = List.copyOf(findings);
    this.internalErrors = List.copyOf(internalErrors);
    this.notes = List.copyOf(notes);
  }

  /** What kind of input this is. */
  public Kind kind() {
    return kind;
  }

  /** The input's path, relative to where the build runs. */
  public String path() {
    return path;
  }

  /** What in the input was checked: {@code stage 1 "runtime"}, {@code <container>}, ... */
  public String subject() {
    return subject;
  }

  /** ENTRYPOINT and CMD as Docker stores them, null, [] and [""] kept apart. */
  public ImageLaunch launch() {
    return launch;
  }

  /** Whether {@link #launch()} is certain (false when it depends on an unknown base image). */
  public boolean launchKnown() {
    return launchKnown;
  }

  /** The ids of the rules that ran on this input, in catalog order. */
  public List<String> checkedRules() {
    return checkedRules;
  }

  /** The ids of rules that apply to this input but could not run: it has no files to read. */
  public List<String> skippedRules() {
    return skippedRules;
  }

  /** Every finding, suppressed ones included, in file order. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The rules that threw on this input instead of finishing, in catalog order: bugs of the plugin,
   * never findings.
   */
  public List<RuleCrash> internalErrors() {
    return internalErrors;
  }

  /** Things the user should know about this input, one sentence each. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InputReport that
        && kind == that.kind
        && path.equals(that.path)
        && subject.equals(that.subject)
        && launch.equals(that.launch)
        && launchKnown == that.launchKnown
        && checkedRules.equals(that.checkedRules)
        && skippedRules.equals(that.skippedRules)
        && findings.equals(that.findings)
        && internalErrors.equals(that.internalErrors)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        path,
        subject,
        launch,
        launchKnown,
        checkedRules,
        skippedRules,
        findings,
        internalErrors,
        notes);
  }

  @Override
  public String toString() {
    return kind.id()
        + " "
        + path
        + " ("
        + subject
        + "): "
        + findings.size()
        + " finding(s)"
        + (internalErrors.isEmpty() ? "" : ", " + internalErrors.size() + " internal error(s)");
  }
}
