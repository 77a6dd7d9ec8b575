package dev.entrypoint.verify;

import dev.entrypoint.launch.ShellWrapper;
import java.time.Duration;
import java.util.Optional;

/**
 * Graceful stop: {@code docker stop} sends SIGTERM, and the program exits before the engine kills
 * it {@code within} later. A shell wrapper as PID 1 fails this: it does not pass SIGTERM on, and
 * PID 1 ignores signals it has no handler for.
 *
 * @param within the time between SIGTERM and SIGKILL
 * @param exitingFirstIsFine whether a program that exits by itself before the stop passes (it has
 *     nothing to stop) or fails (it was expected to run until stopped)
 */
record StopCheck(Duration within, boolean exitingFirstIsFine) implements Check {

  @Override
  public String expected() {
    return "exits within "
        + DurationText.of(within)
        + " of SIGTERM (docker stop -t "
        + within.plusMillis(999).toSeconds()
        + ")";
  }

  @Override
  public RunPlan plan() {
    return RunPlan.stopping(within);
  }

  @Override
  public Optional<String> failure(Observation observation) {
    Optional<String> notRunning = observation.whyNotRunning();
    if (notRunning.isPresent()) {
      return notRunning;
    }
    StopOutcome stop = observation.stop();
    if (stop == null) {
      return Optional.of("the container was not stopped");
    }
    if (stop.exitedBeforeStop()) {
      return exitingFirstIsFine
          ? Optional.empty()
          : Optional.of(
              "exited by itself with code " + stop.exitCode() + " before SIGTERM was sent");
    }
    if (!stop.killed()) {
      return Optional.empty();
    }
    return Optional.of(
        "still running "
            + DurationText.of(within)
            + " after SIGTERM: killed (exit code "
            + stop.exitCode()
            + ")"
            + ShellWrapper.of(observation.argv())
                .map(
                    wrapper ->
                        "; PID 1 is "
                            + String.join(" ", wrapper.shell())
                            + ", which does not pass SIGTERM on to the program it starts")
                .orElse(
                    "; PID 1 ignores SIGTERM: it has no handler, and the kernel drops unhandled signals to PID 1"));
  }
}
