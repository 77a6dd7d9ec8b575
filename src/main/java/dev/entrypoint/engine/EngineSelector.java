package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.Argv;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Picks the engine to drive: the first of the {@link EngineChoice}'s candidates that answers. */
final class EngineSelector {

  /** How long an engine may take to answer whether it runs. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

  private EngineSelector() {}

  /** The first candidate engine that answers its probe, or an exception that says why none did. */
  static ContainerEngine select(EngineSettings settings, CommandRunner runner, BuildLog log) {
    List<String> failures = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    for (EngineKind kind : settings.choice().candidates()) {
      EngineCli cli = new EngineCli(settings.options(kind), runner, settings.commandTimeout(), log);
      String failure;
      try {
        CommandResult probe = cli.run(cli.dialect().probeArguments(), PROBE_TIMEOUT);
        if (probe.succeeded()) {
          log.debug("using " + kind.command() + " " + probe.stdout().strip());
          return new ContainerEngine(cli, probe.stdout().strip(), log);
        }
        failure = probe.errorText();
      } catch (EngineException e) {
        failure = e.getMessage();
      }
      failures.add("  " + describe(cli) + " said: " + failure.replace("\n", "\n    "));
      hints.add("  " + cli.dialect().startHint());
    }
    throw new EngineUnavailableException(
        "No container engine answered (engine: "
            + settings.choice().pomValue()
            + "). Tried:\n"
            + String.join("\n", failures)
            + "\nTo start one:\n"
            + String.join("\n", hints));
  }

  private static String describe(EngineCli cli) {
    EngineOptions options = cli.options();
    String variable = cli.dialect().hostVariable();
    String command = Argv.shellQuoted(options.argv(cli.dialect().probeArguments()));
    if (options.host() != null) {
      return command + " (" + variable + "=" + options.host() + ")";
    }
    String inherited = System.getenv(variable);
    return inherited == null
        ? command
        : command + " (" + variable + "=" + inherited + " from the environment)";
  }
}
