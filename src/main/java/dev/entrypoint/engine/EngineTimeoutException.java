package dev.entrypoint.engine;

/** An engine command ran longer than its timeout and was stopped. */
public final class EngineTimeoutException extends EngineException {

  private static final long serialVersionUID = 1L;

  /** The engine command of {@code cause} timed out. */
  public EngineTimeoutException(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
