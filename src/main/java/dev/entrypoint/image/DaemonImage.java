package dev.entrypoint.image;

import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.TemporaryPaths;
import dev.entrypoint.engine.ContainerEngine;
import dev.entrypoint.engine.EngineChoice;
import dev.entrypoint.engine.EngineException;
import dev.entrypoint.engine.EngineSettings;
import dev.entrypoint.engine.EngineUnavailableException;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * An image in Docker's or Podman's local storage. Its files, and Podman's config, are read from a
 * {@code save} into a temporary file that {@link #close()} deletes. Docker's config comes from
 * {@code docker image inspect}, which is exact and needs no save; Podman's inspect reports an empty
 * ENTRYPOINT or CMD ({@code []}) as absent, so its config is read from the saved image instead.
 */
final class DaemonImage implements TransferableImage {

  /** How Docker and Podman say an image is not there, in {@code inspect} and {@code save}. */
  private static final Pattern NO_SUCH_IMAGE =
      Pattern.compile("(?i)no such image|image not known|reference does not exist|not found");

  private final ImageSource source;
  private final EngineKind kind;
  private final ImageAccess access;
  private final BuildLog log;
  private final CommandRunner runner;
  private ContainerEngine engine;
  private Path temporaryDirectory;
  private ImageArchive saved;

  DaemonImage(
      ImageSource source, EngineKind kind, ImageAccess access, BuildLog log, CommandRunner runner) {
    this.source = source;
    this.kind = kind;
    this.access = access;
    this.log = log;
    this.runner = runner;
  }

  @Override
  public ImageConfig config() throws ImageReadException {
    if (saved == null && kind == EngineKind.DOCKER) {
      try {
        return ImageConfig.ofContainerConfig(engine().inspectImageConfig(source.reference()));
      } catch (EngineException e) {
        throw failure(e);
      }
    }
    try {
      return saved().config();
    } catch (IOException e) {
      throw new ImageReadException(
          source
              + ": the image "
              + kind.command()
              + " saved has no readable config: "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public ImageFiles files() throws ImageReadException {
    try {
      return LayeredFilesystem.of(saved());
    } catch (IOException e) {
      throw new ImageReadException(
          source + ": the image " + kind.command() + " saved cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public void saveTo(Path tarball, String name) throws ImageReadException {
    log.debug("saving " + source + " to " + tarball);
    try {
      engine().saveImage(source.reference(), tarball);
    } catch (EngineException e) {
      throw failure(e);
    }
  }

  private ImageArchive saved() throws ImageReadException {
    if (saved == null) {
      ContainerEngine connected = engine();
      try {
        temporaryDirectory =
            TemporaryPaths.register(
                Files.createTempDirectory(access.temporaryDirectory(), "entrypoint-image-"));
        Path archive = temporaryDirectory.resolve("image.tar");
        log.debug("saving " + source + " to " + archive + " to read it");
        connected.saveImage(source.reference(), archive);
        saved = ImageArchive.open(archive);
      } catch (EngineException e) {
        close();
        throw failure(e);
      } catch (IOException e) {
        close();
        throw new ImageReadException(
            source
                + " could not be saved to a temporary file in "
                + access.temporaryDirectory()
                + ": "
                + e,
            e);
      }
    }
    return saved;
  }

  private ContainerEngine engine() throws ImageReadException {
    if (engine == null) {
      EngineSettings settings =
          EngineSettings.of(EngineChoice.of(kind))
              .with(access.engines().options(kind))
              .withCommandTimeout(access.engines().commandTimeout());
      try {
        engine = ContainerEngine.connect(settings, runner, log);
      } catch (EngineUnavailableException e) {
        throw new ImageReadException(
            e.getMessage()
                + "\nOr read the image without "
                + kind.command()
                + ": from a tarball (tar://PATH)"
                + " or a registry.",
            e);
      }
    }
    return engine;
  }

  /**
   * The failure to report for {@code e}; throws it directly when the image is not there, the user's
   * mistake.
   */
  private ImageReadException failure(EngineException e) {
    String engineName = kind == EngineKind.DOCKER ? "Docker" : "Podman";
    if (Thread.currentThread().isInterrupted()) {
      return new ImageReadException("reading " + source + " was interrupted", e);
    }
    if (!NO_SUCH_IMAGE.matcher(e.getMessage()).find()) {
      return new ImageReadException(
          "Could not read " + source + " from " + engineName + ": " + e.getMessage(), e);
    }
    throw new ConfigurationException(
        source
            + ": "
            + engineName
            + " has no image '"
            + source.reference()
            + "' ("
            + e.getMessage()
            + "). Check the name with '"
            + kind.command()
            + " image ls', or build, pull or load the image"
            + " first.",
        e);
  }

  @Override
  public void close() {
    if (saved != null) {
      try {
        saved.close();
      } catch (IOException e) {
        log.warn("could not close the image " + kind.command() + " saved: " + e.getMessage());
      }
      saved = null;
    }
    if (temporaryDirectory != null) {
      try {
        TemporaryPaths.delete(temporaryDirectory);
        temporaryDirectory = null;
      } catch (IOException e) {
        log.warn(
            "could not delete the temporary copy of "
                + source
                + " in "
                + temporaryDirectory
                + ": "
                + e);
      }
    }
  }
}
