package dev.entrypoint.verify;

import java.util.Optional;

/**
 * One thing a scenario expects of its container, such as an exit code or an HTTP answer: what it
 * expects, what the run must do to decide it, and, once the run is over, what was observed instead
 * when the expectation failed.
 */
interface Check {

  /** The expectation in words, such as {@code exit code 0}. */
  String expected();

  /** What the container must go through for this check to be decided. */
  RunPlan plan();

  /** What was observed instead of the expectation, or empty when the expectation holds. */
  Optional<String> failure(Observation observation);
}
