package dev.entrypoint.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <docker>} or {@code <podman>}: how to call that engine's command line. Each field also has
 * an {@code entrypoint.docker.NAME} / {@code entrypoint.podman.NAME} property; flags given as a
 * property are split into words as a shell splits them ({@code "--runtime runc"}).
 */
public class EngineConfiguration {

  /** The executable: a command on the PATH or a path. Default: {@code docker} or {@code podman}. */
  String executable;

  /**
   * The engine to talk to, passed as {@code DOCKER_HOST} or {@code CONTAINER_HOST}, such as {@code
   * unix:///run/podman/podman.sock}. Default: the environment's.
   */
  String host;

  /** Flags right after the executable in every command, such as {@code --runtime runc}. */
  List<String> globalFlags = new ArrayList<>();

  /** Flags added to every container the goal creates, such as {@code --ulimit nofile=1024:1024}. */
  List<String> createFlags = new ArrayList<>();
}
