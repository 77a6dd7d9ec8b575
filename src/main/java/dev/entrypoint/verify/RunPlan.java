package dev.entrypoint.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario's container must go through for its checks to be decided: whether it is started,
 * which HTTP answers are awaited, whether it is stopped (with how long it gets after SIGTERM), and
 * whether its exit code or its output is needed.
 *
 * <p>Output is read once the program has exited, or once it was stopped or answered over HTTP when
 * the scenario does that; only the exit code forces a wait for the program's own exit.
 *
 * @param start whether the container is started at all (not for argv checks alone)
 * @param http the answers to await, in order
 * @param stopWithin the time the program gets between SIGTERM and SIGKILL, or {@code null} for no
 *     stop
 * @param exitCode whether the exit code is needed
 * @param output whether stdout or stderr is needed
 */
record RunPlan(
    boolean start,
    List<HttpExpectation> http,
    Duration stopWithin,
    boolean exitCode,
    boolean output) {

  /** A plan that only creates the container. */
  static final RunPlan CREATE_ONLY = new RunPlan(false, List.of(), null, false, false);

  RunPlan {
    http = List.copyOf(http);
  }

  /** Start it and wait for its exit code. */
  static RunPlan exitCodeNeeded() {
    return new RunPlan(true, List.of(), null, true, false);
  }

  /** Start it and read its output. */
  static RunPlan outputNeeded() {
    return new RunPlan(true, List.of(), null, false, true);
  }

  /** Start it and await an HTTP answer. */
  static RunPlan awaiting(HttpExpectation expectation) {
    return new RunPlan(true, List.of(expectation), null, false, false);
  }

  /** Start it, then stop it with {@code within} between SIGTERM and SIGKILL. */
  static RunPlan stopping(Duration within) {
    return new RunPlan(true, List.of(), within, false, false);
  }

  /** A plan that does what both plans do; of two stops, the shorter one. */
  RunPlan and(RunPlan other) {
    List<HttpExpectation> answers = new ArrayList<>(http);
    answers.addAll(other.http);
    Duration stop =
        stopWithin == null
            ? other.stopWithin
            : other.stopWithin == null
                ? stopWithin
                : stopWithin.compareTo(other.stopWithin) <= 0 ? stopWithin : other.stopWithin;
    return new RunPlan(
        start || other.start, answers, stop, exitCode || other.exitCode, output || other.output);
  }

  /** Whether to wait for the program to exit by itself. */
  boolean awaitsExit() {
    return exitCode || (output && http.isEmpty() && stopWithin == null);
  }
}
