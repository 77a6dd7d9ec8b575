package dev.entrypoint.engine;

/**
 * The engine refused to create a container, for example with {@code No command specified}; {@link
 * #engineError()} is the engine's own message, to compare with what the launch model predicts.
 */
public final class ContainerCreateException extends EngineException {

  private static final long serialVersionUID = 1L;

  private final String engineError;

  /** The engine refused {@code spec} with {@code engineError}. */
  public ContainerCreateException(String engine, ContainerSpec spec, String engineError) {
    super(engine + " refused to create the " + spec + ": " + engineError);
    this.engineError = engineError;
  }

  /** What the engine said, such as {@code Error response from daemon: No command specified}. */
  public String engineError() {
    return engineError;
  }
}
