package dev.entrypoint.engine;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.launch.EngineKind;
import java.util.List;
import java.util.Locale;

/**
 * Which engine to drive: a named one, or {@link #AUTO}, Docker if its engine answers and else
 * Podman.
 */
public enum EngineChoice {
  AUTO(List.of(EngineKind.DOCKER, EngineKind.PODMAN)),
  DOCKER(List.of(EngineKind.DOCKER)),
  PODMAN(List.of(EngineKind.PODMAN));

  private final List<EngineKind> candidates;

  EngineChoice(List<EngineKind> candidates) {
    this.candidates = candidates;
  }

  /** The engines to try, in order. */
  public List<EngineKind> candidates() {
    return candidates;
  }

  /** The choice of exactly {@code kind}. */
  public static EngineChoice of(EngineKind kind) {
    return switch (kind) {
      case DOCKER -> DOCKER;
      case PODMAN -> PODMAN;
    };
  }

  /** The choice named in a pom, {@code auto}, {@code docker} or {@code podman}, in any case. */
  public static EngineChoice parse(String value, String pomElement) {
    for (EngineChoice choice : values()) {
      if (choice.name().equalsIgnoreCase(value.trim())) {
        return choice;
      }
    }
    throw new ConfigurationException(
        pomElement
            + " is '"
            + value
            + "', which is not a container engine: use 'auto' (Docker if its"
            + " engine answers, else Podman), 'docker' or 'podman'.");
  }

  /** The name a pom uses for this choice. */
  public String pomValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
