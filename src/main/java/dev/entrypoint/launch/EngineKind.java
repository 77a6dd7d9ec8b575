package dev.entrypoint.launch;

import java.util.Locale;

/** The container engines whose {@code run} semantics the model knows. */
public enum EngineKind {
  DOCKER("docker"),
  PODMAN("podman");

  private final String command;

  EngineKind(String command) {
    this.command = command;
  }

  /** The engine's command-line name, {@code docker} or {@code podman}. */
  public String command() {
    return command;
  }

  /** The engine named {@code docker} or {@code podman}, in any case. */
  public static EngineKind named(String name) {
    for (EngineKind kind : values()) {
      if (kind.command.equals(name.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown engine '" + name + "': use docker or podman");
  }
}
