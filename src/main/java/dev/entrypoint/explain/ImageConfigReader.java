package dev.entrypoint.explain;

import dev.entrypoint.ConfigurationException;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.EngineException;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.EngineKind;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads an image's config from wherever an {@link ImageReference} points: a tarball directly, an
 * engine's image through that engine's {@code inspect}, a registry image through the {@link
 * RegistryConfigReader}.
 */
public final class ImageConfigReader {

  private final Function<EngineKind, ContainerEngine> engines;
  private final RegistryConfigReader registry;

  /**
   * A reader that connects to an engine with {@code engines} only when a reference needs one, and
   * reads registry images with {@code registry}.
   */
  public ImageConfigReader(Function<EngineKind, ContainerEngine> engines, RegistryConfigReader registry) {
    this.engines = Objects.requireNonNull(engines, "engines");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The config of the image {@code reference} points at.
   *
   * @throws ConfigurationException when a tarball does not exist or the engine has no such image
   * @throws IOException when a tarball cannot be read
   */
  public ImageConfig read(ImageReference reference) throws IOException {
    return switch (reference.kind()) {
      case TAR -> {
        if (!Files.isRegularFile(reference.path())) {
          throw new ConfigurationException("There is no image tarball at " + reference.path()
              + ": build it first (mvn package with the entrypoint:build goal), or name another image"
              + " with -Dentrypoint.image=tar://PATH, docker://NAME or podman://NAME.");
        }
        try (ImageArchive archive = ImageArchive.open(reference.path())) {
          yield archive.config();
        }
      }
      case DOCKER, PODMAN -> inspect(reference);
      case REGISTRY -> registry.read(reference.name());
    };
  }

  private ImageConfig inspect(ImageReference reference) {
    ContainerEngine engine = engines.apply(reference.engine().orElseThrow());
    try {
      return engine.inspectImage(reference.name());
    } catch (EngineException e) {
      throw new ConfigurationException(engine.kind().command() + " cannot show the image " + reference.name()
          + " (" + e.getMessage() + "). Check the name with '" + engine.kind().command() + " images', or"
          + " name a tarball with -Dentrypoint.image=tar://PATH.", e);
    }
  }
}
