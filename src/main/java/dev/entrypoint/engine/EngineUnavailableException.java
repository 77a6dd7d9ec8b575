package dev.entrypoint.engine;

/**
 * No engine could be used: its executable is missing or its engine does not answer. The message
 * says what was tried, what failed (the engine's own words) and how to start one; the caller adds
 * how to skip the goal.
 */
public final class EngineUnavailableException extends EngineException {

  private static final long serialVersionUID = 1L;

  /** An unavailable engine, described by {@code message}. */
  public EngineUnavailableException(String message) {
    super(message);
  }
}
