package dev.entrypoint.maven;

import java.util.List;

/**
 * {@code <docker>} or {@code <podman>}: how to call that engine's command line. Properties: {@link
 * NestedProperty} ({@code entrypoint.docker.NAME}, {@code entrypoint.podman.NAME}).
 */
public class EngineConfiguration {

  /** The executable: a command on the PATH or a path. */
  String executable;

  /** The engine to talk to, passed as {@code DOCKER_HOST} or {@code CONTAINER_HOST}. */
  String host;

  /** Flags right after the executable in every command. */
  List<String> globalFlags;

  /** Flags added to every container the goal creates. */
  List<String> createFlags;
}
