package dev.entrypoint.engine;

import dev.entrypoint.launch.EngineKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that says which engine to drive and how: the {@link EngineChoice}, the {@link
 * EngineOptions} of each engine, and the longest any engine command may take.
 */
public final class EngineSettings {

  /** The default limit for one engine command; {@code load} of a large image needs the most. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(5);

  private final EngineChoice choice;
  private final Map<EngineKind, EngineOptions> options;
  private final Duration commandTimeout;

  private EngineSettings(
      EngineChoice choice, Map<EngineKind, EngineOptions> options, Duration commandTimeout) {
    this.choice = Objects.requireNonNull(choice, "choice");
    this.options = Map.copyOf(options);
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /** The given choice with each engine's {@linkplain EngineOptions#defaults default options}. */
  public static EngineSettings of(EngineChoice choice) {
    Map<EngineKind, EngineOptions> defaults = new EnumMap<>(EngineKind.class);
    for (EngineKind kind : EngineKind.values()) {
      defaults.put(kind, EngineOptions.defaults(kind));
    }
    return new EngineSettings(choice, defaults, DEFAULT_COMMAND_TIMEOUT);
  }

  /** These settings with {@code engineOptions} for the engine they name. */
  public EngineSettings with(EngineOptions engineOptions) {
    Map<EngineKind, EngineOptions> changed = new EnumMap<>(options);
    changed.put(engineOptions.kind(), engineOptions);
    return new EngineSettings(choice, changed, commandTimeout);
  }

  /** These settings with another limit for one engine command. */
  public EngineSettings withCommandTimeout(Duration timeout) {
    return new EngineSettings(choice, options, timeout);
  }

  /** Which engine to drive. */
  public EngineChoice choice() {
    return choice;
  }

  /** How to call {@code kind}'s command line. */
  public EngineOptions options(EngineKind kind) {
    return options.get(kind);
  }

  /** The longest one engine command may take. */
  public Duration commandTimeout() {
    return commandTimeout;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineSettings that
        && choice == that.choice
        && options.equals(that.options)
        && commandTimeout.equals(that.commandTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(choice, options, commandTimeout);
  }

  @Override
  public String toString() {
    return "engine "
        + choice.pomValue()
        + ", "
        + options(EngineKind.DOCKER)
        + "; "
        + options(EngineKind.PODMAN)
        + "; command timeout "
        + commandTimeout;
  }
}
