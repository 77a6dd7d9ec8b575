package dev.entrypoint.policy;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.dockerfile.BaseImageLookup;
import dev.entrypoint.image.ImageAccess;
import dev.entrypoint.image.ImageReadException;
import dev.entrypoint.image.ImageReader;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.launch.ImageLaunch;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The launch of the external base images Dockerfiles name, read from their registries: each
 * reference's config is read once, however many Dockerfiles name it, and the Dockerfiles may ask at
 * once. An image that cannot be read (no network, no credentials, a reference built from an ARG)
 * stays unknown, as it is without this lookup, and the debug log says why.
 */
public final class RegistryBaseImages implements BaseImageLookup {

  private final Function<ImageSource, ImageAccess> access;
  private final BuildLog log;
  private final ConcurrentMap<String, Optional<ImageLaunch>> launches = new ConcurrentHashMap<>();

  /** A lookup that reads each image with the access {@code access} gives for it. */
  public RegistryBaseImages(Function<ImageSource, ImageAccess> access, BuildLog log) {
    this.access = Objects.requireNonNull(access, "access");
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public Optional<ImageLaunch> launchOf(String imageReference) {
    return launches.computeIfAbsent(imageReference, this::read);
  }

  private Optional<ImageLaunch> read(String reference) {
    try {
      ImageSource source = ImageSource.registry(reference);
      try (ImageReader reader = ImageReader.open(source, access.apply(source), log)) {
        ImageLaunch launch = reader.config().launch();
        log.debug("base image " + reference + ": " + launch);
        return Optional.of(launch);
      }
    } catch (ImageReadException | ConfigurationException | IllegalArgumentException unknown) {
      log.debug(
          "base image "
              + reference
              + " could not be read, so its launch is unknown: "
              + unknown.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "base images read from their registries, " + launches.size() + " so far";
  }
}
