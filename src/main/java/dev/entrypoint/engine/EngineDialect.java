package dev.entrypoint.engine;

import dev.entrypoint.launch.EngineKind;
import java.nio.file.Path;
import java.util.List;

/** Where Docker's and Podman's command lines differ; everything else they share. */
interface EngineDialect {

  /** The dialect of {@code kind}'s command line. */
  static EngineDialect of(EngineKind kind) {
    return switch (kind) {
      case DOCKER -> new DockerDialect();
      case PODMAN -> new PodmanDialect();
    };
  }

  /** The environment variable that points the command line at an engine. */
  String hostVariable();

  /** A subcommand that succeeds only when the engine can run containers, printing its version. */
  List<String> probeArguments();

  /** How to get this engine running, for a user whose engine did not answer. */
  String startHint();

  /**
   * The subcommand that removes an image reference and leaves containers alone: never {@code
   * --force}, which makes Docker untag an image a container uses and leave it as {@code <none>},
   * and Podman remove the containers. Podman's ignores a reference that is gone; Docker says "No
   * such image", which {@link ContainerEngine#removeImage} accepts.
   */
  List<String> removeImageArguments(String image);

  /**
   * The subcommand that writes {@code image} to the file {@code archive} in {@code docker save}'s
   * format.
   */
  List<String> saveArguments(String image, Path archive);

  /**
   * The subcommand that removes a container at once, running or not, and ignores one that is gone.
   */
  List<String> forceRemoveArguments(Container container);

  /** The argv the container's process is started with, exactly, empty strings included. */
  List<String> resolvedArgv(EngineCli cli, Container container);
}
