package dev.entrypoint.explain;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.PositionalParameters;
import dev.entrypoint.launch.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One run line and what it executes: the argv (or the engine's error) and the rule that decided it,
 * with notes on what a reader may not expect. A line the engine's command line would refuse has no
 * resolution, only that error.
 */
public final class ExplainedRun {

  private final String line;
  private final EngineKind engine;
  private final Resolution resolution;
  private final String lineError;
  private final List<String> notes;

  private ExplainedRun(
      String line, EngineKind engine, Resolution resolution, String lineError, List<String> notes) {
    this.line = Objects.requireNonNull(line, "line");
    this.engine = engine;
    this.resolution = resolution;
    this.lineError = lineError;
    this.notes = List.copyOf(notes);
  }

  /** A line the engine accepts, resolved against the explained image. */
  static ExplainedRun resolved(String line, RunLine run, Resolution resolution) {
    List<String> notes = new ArrayList<>();
    PositionalParameters.ignoredIn(resolution.argv()).ifPresent(notes::add);
    String flag = run.invocation().entrypointFlag();
    if (run.engine() == EngineKind.DOCKER && flag != null && flag.strip().startsWith("[")) {
      notes.add(
          "Docker takes --entrypoint as one word and does not read JSON: the program is literally "
              + Argv.shellQuoted(flag)
              + " (Podman would decode it)");
    }
    if (run.init()) {
      notes.add(
          "--init: an init process is PID 1 and starts this argv as its child, passing signals on");
    }
    return new ExplainedRun(line, run.engine(), resolution, null, notes);
  }

  /** A line the engine's command line refuses, or that is not a run line. */
  static ExplainedRun refused(String line, RunLineException error) {
    return new ExplainedRun(line, error.engine(), null, error.getMessage(), List.of());
  }

  /** The line as typed (or, for the standard runs, as this plugin writes it). */
  public String line() {
    return line;
  }

  /** The engine, or {@code null} when the line names neither Docker nor Podman. */
  public EngineKind engine() {
    return engine;
  }

  /** Whether a container is created and runs {@link #argv()}. */
  public boolean runs() {
    return resolution != null && resolution.runs();
  }

  /** The argv the container's process starts with, or {@code null} when nothing runs. */
  public List<String> argv() {
    return resolution == null ? null : resolution.argv();
  }

  /** Why nothing runs, in the engine's words, or {@code null} when something does. */
  public String error() {
    return resolution == null ? lineError : resolution.error();
  }

  /** The rule that decided the outcome, or {@code null} when the line itself was refused. */
  public String rule() {
    return resolution == null ? null : resolution.rule();
  }

  /** What a reader may not expect about this run. */
  public List<String> notes() {
    return notes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExplainedRun that
        && line.equals(that.line)
        && engine == that.engine
        && Objects.equals(resolution, that.resolution)
        && Objects.equals(lineError, that.lineError)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, engine, resolution, lineError, notes);
  }

  @Override
  public String toString() {
    return line + " -> " + (runs() ? Argv.json(argv()) : "error: " + error());
  }
}
