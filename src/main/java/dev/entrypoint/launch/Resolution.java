package dev.entrypoint.launch;

import java.util.List;
import java.util.Objects;

/**
 * What an engine does with one {@link Invocation} of an image: the argv it executes, or the error
 * it refuses the run with, and in both cases the rule that decided it.
 */
public final class Resolution {

  private final List<String> argv;
  private final String error;
  private final String rule;

  private Resolution(List<String> argv, String error, String rule) {
    this.argv = argv == null ? null : List.copyOf(argv);
    this.error = error;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  static Resolution runs(List<String> argv, String rule) {
    return new Resolution(argv, null, rule);
  }

  static Resolution fails(String error, String rule) {
    return new Resolution(null, error, rule);
  }

  /** Whether the engine creates a container for this invocation. */
  public boolean runs() {
    return argv != null;
  }

  /** The argv the container's process is started with, or {@code null} when the run fails. */
  public List<String> argv() {
    return argv;
  }

  /** The engine's error message, or {@code null} when the run succeeds. */
  public String error() {
    return error;
  }

  /** One sentence saying which rule of the engine decided the outcome. */
  public String rule() {
    return rule;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resolution that
        && Objects.equals(argv, that.argv)
        && Objects.equals(error, that.error)
        && rule.equals(that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(argv, error, rule);
  }

  @Override
  public String toString() {
    return (runs() ? Argv.json(argv) : "error: " + error) + " (" + rule + ")";
  }
}
