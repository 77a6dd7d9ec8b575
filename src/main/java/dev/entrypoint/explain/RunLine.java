package dev.entrypoint.explain;

import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.Invocation;
import java.util.Objects;

/**
 * A {@code docker run} or {@code podman run} (or {@code create}) line as the engine's command line
 * reads it: the engine, and what decides the argv, the {@code --entrypoint} value and the arguments
 * after the image.
 */
public final class RunLine {

  private final String text;
  private final EngineKind engine;
  private final Invocation invocation;
  private final boolean init;

  RunLine(String text, EngineKind engine, Invocation invocation, boolean init) {
    this.text = Objects.requireNonNull(text, "text");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.invocation = Objects.requireNonNull(invocation, "invocation");
    this.init = init;
  }

  /** The line as typed. */
  public String text() {
    return text;
  }

  /** The engine whose command line it is. */
  public EngineKind engine() {
    return engine;
  }

  /** The {@code --entrypoint} value (the last one given) and the arguments after the image. */
  public Invocation invocation() {
    return invocation;
  }

  /** Whether {@code --init} is set: an init process then runs the argv as its child. */
  public boolean init() {
    return init;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunLine that
        && text.equals(that.text)
        && engine == that.engine
        && invocation.equals(that.invocation)
        && init == that.init;
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, engine, invocation, init);
  }

  @Override
  public String toString() {
    return text;
  }
}
