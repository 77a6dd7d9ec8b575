package dev.entrypoint.engine;

import dev.entrypoint.launch.EngineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to call one engine's command line: the executable, an explicit host (passed to it as {@code
 * DOCKER_HOST} or {@code CONTAINER_HOST}; without one the inherited environment decides), flags
 * that go right after the executable (such as {@code --runtime runc --cgroup-manager=cgroupfs}) and
 * flags for every container it creates (such as {@code --ulimit nofile=1024:1024}).
 */
public final class EngineOptions {

  private final EngineKind kind;
  private final String executable;
  private final String host;
  private final List<String> globalFlags;
  private final List<String> createFlags;

  private EngineOptions(
      EngineKind kind,
      String executable,
      String host,
      List<String> globalFlags,
      List<String> createFlags) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.executable = Objects.requireNonNull(executable, "executable");
    this.host = host;
    this.globalFlags = List.copyOf(globalFlags);
    this.createFlags = List.copyOf(createFlags);
  }

  /** The engine's command found on the PATH, with no host and no extra flags. */
  public static EngineOptions defaults(EngineKind kind) {
    return new EngineOptions(kind, kind.command(), null, List.of(), List.of());
  }

  /** These options with another executable, a command name or a path. */
  public EngineOptions withExecutable(String newExecutable) {
    return new EngineOptions(kind, newExecutable, host, globalFlags, createFlags);
  }

  /**
   * These options with an explicit host such as {@code unix:///run/podman/podman.sock}; null for
   * none.
   */
  public EngineOptions withHost(String newHost) {
    return new EngineOptions(kind, executable, newHost, globalFlags, createFlags);
  }

  /** These options with flags inserted after the executable in every command. */
  public EngineOptions withGlobalFlags(List<String> flags) {
    return new EngineOptions(kind, executable, host, flags, createFlags);
  }

  /** These options with flags added to every {@code create}. */
  public EngineOptions withCreateFlags(List<String> flags) {
    return new EngineOptions(kind, executable, host, globalFlags, flags);
  }

  /** The engine these options are for. */
  public EngineKind kind() {
    return kind;
  }

  /** The executable, a command name looked up on the PATH or a path. */
  public String executable() {
    return executable;
  }

  /** The explicit host, or {@code null} to use the inherited environment. */
  public String host() {
    return host;
  }

  /** Flags inserted after the executable. */
  public List<String> globalFlags() {
    return globalFlags;
  }

  /** Flags added to every {@code create}. */
  public List<String> createFlags() {
    return createFlags;
  }

  /**
   * The argument list for one engine subcommand: executable, global flags, then {@code arguments}.
   */
  List<String> argv(List<String> arguments) {
    List<String> argv = new ArrayList<>(List.of(executable));
    argv.addAll(globalFlags);
    argv.addAll(arguments);
    return argv;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EngineOptions that
        && kind == that.kind
        && executable.equals(that.executable)
        && Objects.equals(host, that.host)
        && globalFlags.equals(that.globalFlags)
        && createFlags.equals(that.createFlags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, executable, host, globalFlags, createFlags);
  }

  @Override
  public String toString() {
    return kind.command()
        + " options: executable "
        + executable
        + (host == null ? "" : ", host " + host)
        + ", global flags "
        + globalFlags
        + ", create flags "
        + createFlags;
  }
}
