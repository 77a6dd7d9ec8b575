package dev.entrypoint.verify;

import java.time.Duration;

/**
 * How a container ended when it was to be stopped: it had already exited by itself, or it was sent
 * SIGTERM and exited (or was killed when {@code within} ran out, exit code 137) after {@code took}.
 *
 * @param exitedBeforeStop whether the program had exited before SIGTERM was sent
 * @param exitCode the container's exit code
 * @param took how long the stop took (zero when it had exited before)
 * @param within the time it had between SIGTERM and SIGKILL
 */
record StopOutcome(boolean exitedBeforeStop, int exitCode, Duration took, Duration within) {

  /** The exit code of a process killed with SIGKILL. */
  static final int KILLED = 137;

  /** Whether the engine had to kill it: SIGTERM did not end it in time. */
  public boolean killed() {
    return !exitedBeforeStop && exitCode == KILLED;
  }
}
