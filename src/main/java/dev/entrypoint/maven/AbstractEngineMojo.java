package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineOptions;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ShellWords;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The configuration of the goals that drive a container engine ({@code verify}, and {@code check}
 * and {@code explain} for {@code docker://} and {@code podman://} images): how to call each
 * engine's command line.
 */
public abstract class AbstractEngineMojo extends AbstractEntrypointMojo {

  /**
   * How to call Docker: {@code <executable>}, {@code <host>}, {@code <globalFlags>}, {@code
   * <createFlags>}.
   */
  @Parameter protected EngineConfiguration docker = new EngineConfiguration();

  /**
   * How to call Podman: {@code <executable>}, {@code <host>}, {@code <globalFlags>}, {@code
   * <createFlags>}.
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
    UserProperties properties = properties();
    String prefix = "entrypoint." + kind.command() + ".";
    EngineOptions options =
        EngineOptions.defaults(kind)
            .withGlobalFlags(flags(properties, prefix + "globalFlags", configuration.globalFlags))
            .withCreateFlags(flags(properties, prefix + "createFlags", configuration.createFlags))
            .withHost(properties.string(prefix + "host", configuration.host));
    String executable = properties.string(prefix + "executable", configuration.executable);
    return executable == null || executable.isBlank()
        ? options
        : options.withExecutable(executable);
  }

  private static List<String> flags(
      UserProperties properties, String property, List<String> configured) {
    String value = properties.string(property, null);
    if (value == null) {
      return configured == null ? List.of() : configured;
    }
    try {
      return ShellWords.words(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "-D"
              + property
              + ": "
              + e.getMessage()
              + ". Quote flags as in a shell: -D"
              + property
              + "=\"--runtime runc\".");
    }
  }
}
