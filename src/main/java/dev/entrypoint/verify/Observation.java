package dev.entrypoint.verify;

import dev.entrypoint.engine.ContainerLogs;
import dev.entrypoint.launch.Argv;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of a scenario's container showed, filled in as the run goes: the argv the engine
 * created it with (or its refusal), whether it started, its HTTP answers, how it stopped or exited,
 * and its output. A value not observed reads as {@code null}.
 */
final class Observation {

  private List<String> argv;
  private String createError;
  private String startError;
  private final Map<HttpExpectation, HttpAnswer> answers = new LinkedHashMap<>();
  private StopOutcome stop;
  private Integer exitCode;
  private Duration stillRunningAfter;
  private ContainerLogs logs;

  /** The argv the container was created with, exactly; {@code null} when it was not created. */
  public List<String> argv() {
    return argv;
  }

  /** The engine's refusal to create the container, or {@code null}. */
  public String createError() {
    return createError;
  }

  /** The engine's failure to start the container, or {@code null}. */
  public String startError() {
    return startError;
  }

  /** The answer to {@code expectation}, or {@code null} when it was not asked. */
  public HttpAnswer answer(HttpExpectation expectation) {
    return answers.get(expectation);
  }

  /** How the stop went, or {@code null} when the container was not stopped. */
  public StopOutcome stop() {
    return stop;
  }

  /** The exit code, once the program exited (by itself or stopped); else {@code null}. */
  public Integer exitCode() {
    return exitCode;
  }

  /** How long the program was waited for when it did not exit, or {@code null}. */
  public Duration stillRunningAfter() {
    return stillRunningAfter;
  }

  /** The container's output, or {@code null} when it was not read. */
  public ContainerLogs logs() {
    return logs;
  }

  /**
   * Why there is no running program to observe: the engine refused to create or to start the
   * container; empty when it ran.
   */
  public Optional<String> whyNotRunning() {
    if (createError != null) {
      return Optional.of("the engine refused to create the container: " + createError);
    }
    if (startError != null) {
      return Optional.of(
          "the container did not start: " + startError + " (argv " + Argv.json(argv) + ")");
    }
    return Optional.empty();
  }

  void argv(List<String> value) {
    argv = List.copyOf(value);
  }

  void createError(String value) {
    createError = value;
  }

  void startError(String value) {
    startError = value;
  }

  void answer(HttpExpectation expectation, HttpAnswer answer) {
    answers.put(expectation, answer);
  }

  void stop(StopOutcome value) {
    stop = value;
    exitCode = value.exitCode();
  }

  void exitCode(int value) {
    exitCode = value;
  }

  void stillRunningAfter(Duration value) {
    stillRunningAfter = value;
  }

  void logs(ContainerLogs value) {
    logs = value;
  }
}
