package dev.entrypoint.verify;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.launch.LaunchResolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scenarios every image gets from its launch contract, without the user declaring them:
 *
 * <ul>
 *   <li>{@value #DEFAULT_COMMAND}: {@code run IMAGE} runs the argv the launch model predicts;
 *   <li>{@value #ARGUMENTS} (contract {@code arguments}): {@code run IMAGE ARGS} keeps the
 *       ENTRYPOINT and hands it ARGS;
 *   <li>{@value #COMMAND} (contract {@code command}): {@code run IMAGE OTHER-COMMAND} runs
 *       OTHER-COMMAND instead of the whole default command (after an init ENTRYPOINT such as tini);
 *   <li>{@value #ENTRYPOINT_OVERRIDE}: {@code run --entrypoint X IMAGE} runs X alone, the image's
 *       CMD dropped;
 *   <li>{@value #GRACEFUL_STOP}: {@code run IMAGE}, then {@code stop}: SIGTERM reaches the program
 *       and it exits before the kill timeout.
 * </ul>
 *
 * <p>All but the last only create the container and read its argv back, so they need nothing in the
 * image to run.
 */
final class ContractScenarios {

  static final String DEFAULT_COMMAND = "default-command";
  static final String ARGUMENTS = "arguments-reach-entrypoint";
  static final String COMMAND = "command-replaces-cmd";
  static final String ENTRYPOINT_OVERRIDE = "entrypoint-override";
  static final String GRACEFUL_STOP = "graceful-stop";

  /**
   * The arguments {@value #ARGUMENTS} passes; a word with a space shows whether words are kept
   * whole.
   */
  static final List<String> PROBE_ARGUMENTS = List.of("verify-probe", "two words");

  static final List<String> OTHER_COMMAND = List.of("echo", "replaced");

  static final String OTHER_ENTRYPOINT = "echo";

  private static final Set<String> NAMES =
      Set.of(DEFAULT_COMMAND, ARGUMENTS, COMMAND, ENTRYPOINT_OVERRIDE, GRACEFUL_STOP);

  private ContractScenarios() {}

  /** Whether {@code name} is the name of one of these scenarios. */
  static boolean isContractName(String name) {
    return NAMES.contains(name);
  }

  /**
   * The scenarios for an image with {@code launch} under {@code contract} on {@code engine}; the
   * graceful stop gives the program {@code stopTimeout} between SIGTERM and SIGKILL.
   */
  static List<Scenario> of(
      ImageLaunch launch, LaunchContract contract, EngineKind engine, Duration stopTimeout) {
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(
        Scenario.derived(
            DEFAULT_COMMAND,
            Invocation.run(),
            Expectation.none()
                .predicted(LaunchResolver.resolve(launch, Invocation.run(), engine))));
    if (contract == LaunchContract.ARGUMENTS) {
      scenarios.add(
          Scenario.derived(
              ARGUMENTS,
              Invocation.run(PROBE_ARGUMENTS),
              Expectation.none().argumentsReachEntrypoint(launch, PROBE_ARGUMENTS)));
    } else {
      List<String> argv = new ArrayList<>();
      if (launch.hasEntrypoint() && LaunchContract.isInit(launch.entrypoint())) {
        argv.addAll(launch.entrypoint());
      }
      argv.addAll(OTHER_COMMAND);
      scenarios.add(
          Scenario.derived(
              COMMAND,
              Invocation.run(OTHER_COMMAND),
              Expectation.none().argv(argv, "the command replaces the image's whole command")));
    }
    scenarios.add(
        Scenario.derived(
            ENTRYPOINT_OVERRIDE,
            Invocation.runWithEntrypoint(OTHER_ENTRYPOINT),
            Expectation.none()
                .argv(
                    List.of(OTHER_ENTRYPOINT),
                    "--entrypoint replaces the ENTRYPOINT and drops the CMD")));
    scenarios.add(
        Scenario.derived(
            GRACEFUL_STOP, Invocation.run(), Expectation.none().stopsGracefully(stopTimeout)));
    return scenarios;
  }
}
