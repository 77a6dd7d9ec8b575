package dev.entrypoint.verify;

import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Resolution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a scenario expects of its container, as the pom's {@code <expect>} says it: {@code
 * exitCode}, {@code stdout} and {@code stderr} (regular expressions), {@code http}, {@code argv}
 * (exactly, as the engine resolved it) and {@code stopsWithin}. Each method returns a new
 * expectation with one more check; all must hold.
 */
public final class Expectation {

  private final List<Check> checks;

  private Expectation(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  /** No expectation yet. */
  public static Expectation none() {
    return new Expectation(List.of());
  }

  /** The program exits by itself with {@code code}. */
  public Expectation exitCode(int code) {
    return with(new ExitCodeCheck(code));
  }

  /** Stdout contains a match of {@code regex} ({@code ^} and {@code $} match at line ends). */
  public Expectation stdout(String regex) {
    return with(new OutputCheck(OutputCheck.Stream.STDOUT, regex));
  }

  /** Stderr contains a match of {@code regex}. */
  public Expectation stderr(String regex) {
    return with(new OutputCheck(OutputCheck.Stream.STDERR, regex));
  }

  /** The running program gives this HTTP answer. */
  public Expectation http(HttpExpectation answer) {
    return with(new HttpCheck(answer));
  }

  /** The engine creates the container with exactly this argv. */
  public Expectation argv(List<String> argv) {
    return with(ArgvCheck.exactly(argv, null));
  }

  /** The running program exits within {@code within} of SIGTERM. */
  public Expectation stopsWithin(Duration within) {
    return with(new StopCheck(within, false));
  }

  /** The engine creates the container with {@code argv}, which {@code meaning} explains. */
  Expectation argv(List<String> argv, String meaning) {
    return with(ArgvCheck.exactly(argv, meaning));
  }

  /** The engine runs the argv (or refuses with the error) the launch model predicts. */
  Expectation predicted(Resolution resolution) {
    return with(ArgvCheck.predicted(resolution));
  }

  /** {@code args} reach the ENTRYPOINT of an image with {@code launch} as its own arguments. */
  Expectation argumentsReachEntrypoint(ImageLaunch launch, List<String> args) {
    return with(new ArgumentsCheck(launch, args));
  }

  /** A running program exits within {@code within} of SIGTERM; one that already exited passes. */
  Expectation stopsGracefully(Duration within) {
    return with(new StopCheck(within, true));
  }

  /** Whether nothing is expected yet. */
  public boolean isEmpty() {
    return checks.isEmpty();
  }

  /** The checks, in the order they were added. */
  List<Check> checks() {
    return checks;
  }

  /** What the container must go through for every check to be decided. */
  RunPlan plan() {
    RunPlan plan = RunPlan.CREATE_ONLY;
    for (Check check : checks) {
      plan = plan.and(check.plan());
    }
    return plan;
  }

  private Expectation with(Check check) {
    List<Check> more = new ArrayList<>(checks);
    more.add(check);
    return new Expectation(more);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Expectation that && checks.equals(that.checks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(checks);
  }

  @Override
  public String toString() {
    return checks.stream().map(Check::expected).toList().toString();
  }
}
