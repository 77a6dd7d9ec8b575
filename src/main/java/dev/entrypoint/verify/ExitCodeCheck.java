package dev.entrypoint.verify;

import java.util.Optional;

/**
 * The program exits by itself with the expected code before the scenario's timeout.
 *
 * @param exitCode the expected exit code
 */
record ExitCodeCheck(int exitCode) implements Check {

  @Override
  public String expected() {
    return "exit code " + exitCode;
  }

  @Override
  public RunPlan plan() {
    return RunPlan.exitCodeNeeded();
  }

  @Override
  public Optional<String> failure(Observation observation) {
    Optional<String> notRunning = observation.whyNotRunning();
    if (notRunning.isPresent()) {
      return notRunning;
    }
    if (observation.stillRunningAfter() != null) {
      return Optional.of(
          "still running after "
              + DurationText.of(observation.stillRunningAfter())
              + " (the scenario's timeout): stopped and removed");
    }
    if (observation.exitCode() == null) {
      return Optional.of("no exit code was observed");
    }
    return observation.exitCode() == exitCode
        ? Optional.empty()
        : Optional.of("exit code " + observation.exitCode());
  }
}
