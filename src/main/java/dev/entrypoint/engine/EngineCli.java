package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.Command;
import dev.entrypoint.process.CommandResult;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.CommandTimeoutException;
import dev.entrypoint.process.ProcessException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One engine's command line: runs its subcommands with the configured executable, host and flags.
 */
final class EngineCli {

  private final EngineOptions options;
  private final EngineDialect dialect;
  private final CommandRunner runner;
  private final Duration timeout;
  private final BuildLog log;

  EngineCli(EngineOptions options, CommandRunner runner, Duration timeout, BuildLog log) {
    this.options = options;
    this.dialect = EngineDialect.of(options.kind());
    this.runner = runner;
    this.timeout = timeout;
    this.log = log;
  }

  EngineKind kind() {
    return options.kind();
  }

  EngineOptions options() {
    return options;
  }

  EngineDialect dialect() {
    return dialect;
  }

  /** Runs a subcommand within the default timeout and returns how it ended. */
  CommandResult run(List<String> arguments) {
    return run(arguments, timeout);
  }

  /** Runs a subcommand within {@code limit} and returns how it ended. */
  CommandResult run(List<String> arguments, Duration limit) {
    Command command = command(arguments, limit);
    long started = System.nanoTime();
    log.debug("$ " + command);
    CommandResult result;
    try {
      result = runner.run(command);
    } catch (CommandTimeoutException e) {
      throw new EngineTimeoutException(e);
    } catch (ProcessException e) {
      throw new EngineException(e.getMessage(), e);
    }
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    log.debug(
        "  exit "
            + result.exitCode()
            + " after "
            + millis
            + " ms"
            + (result.succeeded() ? "" : ": " + result.errorText()));
    return result;
  }

  /** Runs a subcommand that must succeed and returns its stdout. */
  String output(List<String> arguments) {
    CommandResult result = run(arguments);
    if (!result.succeeded()) {
      throw failure(arguments, result);
    }
    return result.stdout();
  }

  /** The failure of a subcommand that exited non-zero, naming the command line to run by hand. */
  EngineException failure(List<String> arguments, CommandResult result) {
    return new EngineException(
        "'"
            + command(arguments, timeout)
            + "' failed with exit code "
            + result.exitCode()
            + ": "
            + result.errorText());
  }

  private Command command(List<String> arguments, Duration limit) {
    Map<String, String> environment =
        options.host() == null ? Map.of() : Map.of(dialect.hostVariable(), options.host());
    return new Command(options.argv(arguments), environment, limit);
  }
}
