package dev.entrypoint.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a whole check: every input's report, what else the user should know about the
 * check as a whole (such as a directory the search for Dockerfiles could not read), whether the
 * policy fails the build, and the rules that threw (which fail it as the plugin's own error).
 */
public final class CheckReport {

  private final List<InputReport> inputs;
  private final List<String> notes;
  private final Severity failOn;

  /**
   * The reports of {@code inputs}, with {@code notes} about the whole check; findings at or above
   * {@code failOn} fail the build.
   */
  public CheckReport(List<InputReport> inputs, List<String> notes, Severity failOn) {
    this.inputs = List.copyOf(inputs);
    this.notes = List.copyOf(notes);
    this.failOn = Objects.requireNonNull(failOn, "failOn");
  }

  /** Every input's report, in the order they were checked. */
  public List<InputReport> inputs() {
    return inputs;
  }

  /** Things the user should know about the check as a whole, one sentence each. */
  public List<String> notes() {
    return notes;
  }

  /** The threshold: findings of this severity or worse fail the build. */
  public Severity failOn() {
    return failOn;
  }

  /** Every finding of every input, suppressed ones included. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    inputs.forEach(input -> all.addAll(input.findings()));
    return all;
  }

  /** Every rule that threw instead of finishing, with the input it threw on, in input order. */
  public List<RuleCrash> internalErrors() {
    List<RuleCrash> all = new ArrayList<>();
    inputs.forEach(input -> all.addAll(input.internalErrors()));
    return all;
  }

  /** How many findings of {@code severity} count (are not suppressed). */
  public long count(Severity severity) {
    return findings().stream().filter(f -> f.counts() && f.severity() == severity).count();
  }

  /** How many findings were suppressed. */
  public long suppressed() {
    return findings().stream().filter(f -> !f.counts()).count();
  }

  /**
   * Whether a finding that counts reaches the {@code failOn} threshold; {@link #internalErrors()}
   * play no part.
   */
  public boolean fails() {
    return findings().stream().anyMatch(f -> f.counts() && f.severity().reaches(failOn));
  }

  /**
   * {@code 2 errors, 1 warning, 0 info}, and the suppressed findings and the internal errors when
   * there are any: {@code 0 errors, 0 warnings, 0 info (1 suppressed); 1 internal error}.
   */
  public String counts() {
    long suppressed = suppressed();
    int internal = internalErrors().size();
    return plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + count(Severity.INFO)
        + " info"
        + (suppressed == 0 ? "" : " (" + suppressed + " suppressed)")
        + (internal == 0 ? "" : "; " + plural(internal, "internal error"));
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckReport that
        && inputs.equals(that.inputs)
        && notes.equals(that.notes)
        && failOn == that.failOn;
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputs, notes, failOn);
  }

  @Override
  public String toString() {
    return inputs.size() + " input(s): " + counts();
  }
}
