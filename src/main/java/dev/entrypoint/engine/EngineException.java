package dev.entrypoint.engine;

/** A container engine's command line could not do what was asked; the message says what and why. */
public class EngineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An engine failure described by {@code message}. */
  public EngineException(String message) {
    super(message);
  }

  /** An engine failure described by {@code message}, caused by {@code cause}. */
  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
