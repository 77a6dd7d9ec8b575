package dev.entrypoint.verify;

import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One way to run the image and what must happen: a name, the {@code run} invocation ({@code
 * --entrypoint} and arguments), environment variables, container ports to publish, and the
 * expectation. Scenarios are declared in the pom or derived from the launch contract.
 */
public final class Scenario {

  private final String name;
  private final Invocation invocation;
  private final Map<String, String> environment;
  private final List<Integer> ports;
  private final Expectation expectation;
  private final boolean derived;

  private Scenario(
      String name,
      Invocation invocation,
      Map<String, String> environment,
      List<Integer> ports,
      Expectation expectation,
      boolean derived) {
    this.name = Objects.requireNonNull(name, "name");
    this.invocation = Objects.requireNonNull(invocation, "invocation");
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    this.ports = List.copyOf(ports);
    this.expectation = Objects.requireNonNull(expectation, "expectation");
    this.derived = derived;
  }

  /**
   * A scenario declared by the user; an empty expectation means {@code exitCode 0}. The ports of
   * HTTP expectations need not be listed in {@code ports}: they are published anyway.
   */
  public static Scenario declared(
      String name,
      Invocation invocation,
      Map<String, String> environment,
      List<Integer> ports,
      Expectation expectation) {
    return new Scenario(
        name,
        invocation,
        environment,
        ports,
        expectation.isEmpty() ? Expectation.none().exitCode(0) : expectation,
        false);
  }

  /** A scenario derived from the launch contract. */
  static Scenario derived(String name, Invocation invocation, Expectation expectation) {
    return new Scenario(name, invocation, Map.of(), List.of(), expectation, true);
  }

  /** The scenario's name, unique among the scenarios of a run. */
  public String name() {
    return name;
  }

  /** The {@code --entrypoint} value and the arguments after the image. */
  public Invocation invocation() {
    return invocation;
  }

  /** Environment variables set with {@code -e}. */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * Container ports published (to free host ports on the loopback interface), HTTP ports included.
   */
  public List<Integer> ports() {
    List<Integer> all = new ArrayList<>(ports);
    expectation
        .plan()
        .http()
        .forEach(
            http -> {
              if (!all.contains(http.port())) {
                all.add(http.port());
              }
            });
    return all;
  }

  /** What must happen. */
  public Expectation expectation() {
    return expectation;
  }

  /** Whether the scenario was derived from the launch contract rather than declared. */
  public boolean derived() {
    return derived;
  }

  /**
   * The scenario as a line to paste into a shell, such as {@code docker run --rm -e A=1 -p 5000
   * IMAGE echo hi}; a port is published to any free host port, as {@code -p 5000} does.
   */
  public String commandLine(EngineKind engine, String image) {
    List<String> words = new ArrayList<>(List.of(engine.command(), "run", "--rm"));
    environment.forEach((variable, value) -> words.addAll(List.of("-e", variable + "=" + value)));
    ports().forEach(port -> words.addAll(List.of("-p", String.valueOf(port))));
    if (invocation.overridesEntrypoint()) {
      words.addAll(List.of("--entrypoint", invocation.entrypointFlag()));
    }
    words.add(image);
    words.addAll(invocation.args());
    return Argv.shellQuoted(words);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scenario that
        && name.equals(that.name)
        && invocation.equals(that.invocation)
        && environment.equals(that.environment)
        && ports.equals(that.ports)
        && expectation.equals(that.expectation)
        && derived == that.derived;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, invocation, environment, ports, expectation, derived);
  }

  @Override
  public String toString() {
    return name + ": " + invocation + " expects " + expectation;
  }
}
