package dev.entrypoint.explain;

import dev.entrypoint.launch.EngineKind;

/**
 * A line is not a {@code docker run} or {@code podman run} line the engine would accept; the
 * message is what the engine's command line says about it (such as {@code unknown flag: --foo}), or
 * why the line is not a run line at all.
 */
public final class RunLineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final EngineKind engine;

  /**
   * The line failed for {@code engine} ({@code null} when it names no engine) with {@code message}.
   */
  public RunLineException(EngineKind engine, String message) {
    super(message);
    this.engine = engine;
  }

  /** The engine the line is for, or {@code null} when it is not a Docker or Podman command. */
  public EngineKind engine() {
    return engine;
  }
}
