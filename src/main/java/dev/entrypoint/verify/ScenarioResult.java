package dev.entrypoint.verify;

import dev.entrypoint.engine.ContainerLogs;
import dev.entrypoint.launch.EngineKind;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one scenario went on one engine: passed, failed (with each expectation that did not hold) or
 * could not be run (an engine error); the {@code run} line that reproduces it, the argv the engine
 * created the container with, the last lines of its output, and how long it took.
 *
 * @param scenario the scenario
 * @param engine the engine it ran on
 * @param commandLine the {@code docker run} (or {@code podman run}) line that reproduces it
 * @param status how it went
 * @param mismatches the expectations that did not hold; empty unless {@link Status#FAILED}
 * @param error why it could not be run; {@code null} unless {@link Status#ERROR}
 * @param argv the argv the engine created the container with, or {@code null}
 * @param logTail the last lines of the container's stdout and stderr, or {@code null} when not read
 * @param duration how long it took, container removal included
 */
public record ScenarioResult(
    Scenario scenario,
    EngineKind engine,
    String commandLine,
    Status status,
    List<Mismatch> mismatches,
    String error,
    List<String> argv,
    ContainerLogs logTail,
    Duration duration) {

  /** How a scenario went. */
  public enum Status {
    PASSED,
    FAILED,
    ERROR
  }

  /** Copies the lists. */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    mismatches = List.copyOf(mismatches);
    argv = argv == null ? null : List.copyOf(argv);
  }

  /** Whether the scenario passed. */
  public boolean passed() {
    return status == Status.PASSED;
  }
}
