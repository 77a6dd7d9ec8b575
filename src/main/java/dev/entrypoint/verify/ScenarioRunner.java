package dev.entrypoint.verify;

import dev.entrypoint.engine.Container;
import dev.entrypoint.engine.ContainerCreateException;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.ContainerLogs;
import dev.entrypoint.engine.ContainerSpec;
import dev.entrypoint.engine.EngineException;
import dev.entrypoint.engine.EngineSession;
import dev.entrypoint.engine.StopResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Runs scenarios of one image on one engine, each in a session of its own that removes its
 * container whatever happens: creates the container, reads its argv back, and, when the checks need
 * more, starts it, awaits its HTTP answers, stops it or waits for its exit, and reads its output.
 * Every wait ends at the scenario's timeout, so a container that hangs fails its scenario and is
 * removed.
 */
final class ScenarioRunner {

  /** How long a program runs before a stop that has no HTTP answer to wait for. */
  static final Duration SETTLE = Duration.ofSeconds(2);

  /** How long to look whether a program that answered over HTTP has exited since. */
  private static final Duration EXIT_GLANCE = Duration.ofSeconds(1);

  /** How many lines of output a report shows. */
  static final int LOG_LINES = 20;

  /** More lines than any scenario writes: the output checks read all of it. */
  private static final int ALL_LINES = 1_000_000;

  private final ContainerEngine engine;
  private final String image;
  private final String namePrefix;
  private final Duration timeout;
  private final HttpProbe http;

  ScenarioRunner(ContainerEngine engine, String image, String namePrefix, Duration timeout) {
    this.engine = engine;
    this.image = image;
    this.namePrefix = namePrefix;
    this.timeout = timeout;
    this.http = new HttpProbe(engine);
  }

  /** Runs {@code scenario} and says how it went. */
  ScenarioResult run(Scenario scenario) throws InterruptedException {
    long started = System.nanoTime();
    String commandLine = scenario.commandLine(engine.kind(), image);
    Observation observation = new Observation();
    String error = null;
    try (EngineSession session = engine.openSession(namePrefix)) {
      observe(session, scenario, observation);
    } catch (EngineException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("interrupted while running scenario " + scenario.name());
      }
      error = e.getMessage();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    ContainerLogs tail =
        observation.logs() == null
            ? null
            : new ContainerLogs(
                lastLines(observation.logs().stdout()), lastLines(observation.logs().stderr()));
    if (error != null) {
      return new ScenarioResult(
          scenario,
          engine.kind(),
          commandLine,
          ScenarioResult.Status.ERROR,
          List.of(),
          error,
          observation.argv(),
          tail,
          took);
    }
    List<Mismatch> mismatches = new ArrayList<>();
    for (Check check : scenario.expectation().checks()) {
      check
          .failure(observation)
          .ifPresent(observed -> mismatches.add(new Mismatch(check.expected(), observed)));
    }
    return new ScenarioResult(
        scenario,
        engine.kind(),
        commandLine,
        mismatches.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED,
        mismatches,
        null,
        observation.argv(),
        tail,
        took);
  }

  private void observe(EngineSession session, Scenario scenario, Observation observation)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    ContainerSpec spec = ContainerSpec.of(image, scenario.invocation());
    for (var variable : scenario.environment().entrySet()) {
      spec = spec.withEnv(variable.getKey(), variable.getValue());
    }
    for (int port : scenario.ports()) {
      spec = spec.withPublishedPort(port, 0);
    }
    Container container;
    try {
      container = session.create(spec);
    } catch (ContainerCreateException refused) {
      observation.createError(refused.engineError());
      return;
    }
    observation.argv(engine.resolvedArgv(container));
    RunPlan plan = scenario.expectation().plan();
    if (!plan.start()) {
      return;
    }
    try {
      engine.start(container);
    } catch (EngineException failed) {
      observation.startError(failed.getMessage());
      return;
    }
    for (HttpExpectation expected : plan.http()) {
      Instant answerBy = Instant.now().plus(expected.timeout());
      observation.answer(
          expected,
          answerBy.isBefore(deadline)
              ? http.await(
                  container, expected, answerBy, "within " + DurationText.of(expected.timeout()))
              : http.await(
                  container,
                  expected,
                  deadline,
                  "before the scenario's timeout of " + DurationText.of(timeout)));
    }
    if (plan.stopWithin() != null) {
      OptionalInt exited =
          engine.waitForExit(container, plan.http().isEmpty() ? SETTLE : EXIT_GLANCE);
      if (exited.isPresent()) {
        observation.stop(
            new StopOutcome(true, exited.getAsInt(), Duration.ZERO, plan.stopWithin()));
      } else {
        StopResult stopped = engine.stop(container, plan.stopWithin());
        observation.stop(
            new StopOutcome(false, stopped.exitCode(), stopped.took(), plan.stopWithin()));
      }
    } else if (plan.awaitsExit()) {
      Duration left = Duration.between(Instant.now(), deadline);
      OptionalInt exited = engine.waitForExit(container, left.isNegative() ? Duration.ZERO : left);
      if (exited.isPresent()) {
        observation.exitCode(exited.getAsInt());
      } else {
        observation.stillRunningAfter(timeout);
      }
    }
    observation.logs(engine.logs(container, ALL_LINES));
  }

  private static String lastLines(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size()));
  }
}
