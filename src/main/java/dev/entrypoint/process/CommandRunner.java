package dev.entrypoint.process;

/**
 * Runs a {@link Command} to completion. {@link ProcessCommandRunner} starts real processes; tests
 * give an engine a runner that answers with canned output.
 */
@FunctionalInterface
public interface CommandRunner {

  /**
   * Runs the command and returns how it ended, whatever its exit code.
   *
   * @throws CommandTimeoutException when it outlives its timeout (it has then been destroyed)
   * @throws ProcessException when it cannot be started, or the calling thread is interrupted (the
   *     process is then destroyed and the thread's interrupt flag is set again)
   */
  CommandResult run(Command command);
}
