package dev.entrypoint.build;

import dev.entrypoint.engine.EngineOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the build calls Docker's command line for a {@code docker} target or a {@code docker://}
 * base: the executable and the environment it adds ({@code DOCKER_HOST}), as {@code <docker>}
 * configures them.
 *
 * @param executable the {@code docker} executable, a path or a name on the PATH
 * @param environment variables added to the inherited environment
 */
record DockerCli(Path executable, Map<String, String> environment) {

  DockerCli {
    environment = Map.copyOf(environment);
  }

  /** Docker as {@code options} say to call it. */
  static DockerCli of(EngineOptions options) {
    return new DockerCli(
        Path.of(options.executable()),
        options.host() == null ? Map.of() : Map.of("DOCKER_HOST", options.host()));
  }

  /** The argv of {@code docker ARGS}. */
  List<String> command(String... args) {
    List<String> argv = new ArrayList<>(List.of(executable.toString()));
    argv.addAll(List.of(args));
    return argv;
  }
}
