package dev.entrypoint.maven;

import static dev.entrypoint.maven.NestedProperty.DOCKER_CREATE_FLAGS;
import static dev.entrypoint.maven.NestedProperty.DOCKER_EXECUTABLE;
import static dev.entrypoint.maven.NestedProperty.DOCKER_GLOBAL_FLAGS;
import static dev.entrypoint.maven.NestedProperty.DOCKER_HOST;
import static dev.entrypoint.maven.NestedProperty.PODMAN_CREATE_FLAGS;
import static dev.entrypoint.maven.NestedProperty.PODMAN_EXECUTABLE;
import static dev.entrypoint.maven.NestedProperty.PODMAN_GLOBAL_FLAGS;
import static dev.entrypoint.maven.NestedProperty.PODMAN_HOST;

import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineOptions;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.EngineKind;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The configuration of the goals that drive a container engine ({@code verify}, and {@code check}
 * and {@code explain} for {@code docker://} and {@code podman://} images): how to call each
 * engine's command line.
 */
public abstract class AbstractEngineMojo extends AbstractEntrypointMojo {

  /**
   * How to call Docker: {@code <executable>}, {@code <host>}, {@code <globalFlags>}, {@code
   * <createFlags>}; properties {@code entrypoint.docker.executable}, {@code
   * entrypoint.docker.host}, {@code entrypoint.docker.globalFlags}, {@code
   * entrypoint.docker.createFlags}.
   */
  @Parameter protected EngineConfiguration docker = new EngineConfiguration();

  /**
   * How to call Podman: {@code <executable>}, {@code <host>}, {@code <globalFlags>}, {@code
   * <createFlags>}; properties {@code entrypoint.podman.executable}, {@code
   * entrypoint.podman.host}, {@code entrypoint.podman.globalFlags}, {@code
   * entrypoint.podman.createFlags}.
   */
  @Parameter protected EngineConfiguration podman = new EngineConfiguration();

  /**
   * The settings for {@code choice}, with each engine's {@code <docker>} and {@code <podman>}
   * options.
   */
  protected EngineSettings engineSettings(EngineChoice choice) {
    return EngineSettings.of(choice)
        .with(options(EngineKind.DOCKER, docker))
        .with(options(EngineKind.PODMAN, podman));
  }

  /**
   * How to read {@code source}: the engine it names called as {@code <docker>} and {@code <podman>}
   * say, the registry credentials of settings.xml, and {@code allowInsecureRegistries}.
   */
  protected ImageAccess imageAccess(ImageSource source) {
    return imageAccess(source.engine().map(EngineChoice::of).orElse(EngineChoice.AUTO));
  }

  /**
   * How to reach images: {@code engine} as {@code <docker>}/{@code <podman>} say, credentials,
   * insecure registries.
   */
  protected ImageAccess imageAccess(EngineChoice engine) {
    return ImageAccess.defaults()
        .withEngines(engineSettings(engine))
        .withCredentials(credentials())
        .withInsecureRegistries(allowInsecureRegistries);
  }

  private EngineOptions options(EngineKind kind, EngineConfiguration configuration) {
    PluginSettings read = settings();
    boolean docker = kind == EngineKind.DOCKER;
    EngineOptions options =
        EngineOptions.defaults(kind)
            .withGlobalFlags(
                read.listOrEmpty(
                    docker ? DOCKER_GLOBAL_FLAGS : PODMAN_GLOBAL_FLAGS, configuration.globalFlags))
            .withCreateFlags(
                read.listOrEmpty(
                    docker ? DOCKER_CREATE_FLAGS : PODMAN_CREATE_FLAGS, configuration.createFlags))
            .withHost(read.string(docker ? DOCKER_HOST : PODMAN_HOST, configuration.host));
    String executable =
        read.string(docker ? DOCKER_EXECUTABLE : PODMAN_EXECUTABLE, configuration.executable);
    return executable == null || executable.isBlank()
        ? options
        : options.withExecutable(executable);
  }
}
