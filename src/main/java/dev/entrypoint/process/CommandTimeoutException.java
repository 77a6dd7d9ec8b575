package dev.entrypoint.process;

import java.time.Duration;

/** A command ran longer than its timeout and was destroyed. */
public final class CommandTimeoutException extends ProcessException {

  private static final long serialVersionUID = 1L;

  /** {@code command} was destroyed after running for {@code timeout}. */
  public CommandTimeoutException(Command command, Duration timeout) {
    super("'" + command + "' did not finish within " + timeout.toMillis() + " ms and was stopped");
  }
}
