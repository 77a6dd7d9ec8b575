package dev.entrypoint.image;

import dev.entrypoint.BuildLog;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.process.CommandRunner;
import dev.entrypoint.process.ProcessCommandRunner;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one image from its {@link ImageSource}: its config, and on demand its files. Each is
 * fetched once, on first use:
 *
 * <ul>
 *   <li>a tarball is read in place;
 *   <li>Docker's config comes from {@code docker image inspect}; its files, and Podman's config and
 *       files, from a {@code save} into a temporary file;
 *   <li>a registry's manifest and config are pulled with jib-core, and its layers only when the
 *       files are asked for.
 * </ul>
 *
 * {@link #close()} deletes every temporary file; the files already read stay usable. A mistake the
 * user can fix (a missing tarball or image, refused credentials, a missing tag, plain HTTP without
 * {@code allowInsecureRegistries}) is a {@link dev.entrypoint.ConfigurationException}; anything
 * that keeps a right configuration from being read (an engine or registry out of reach) an {@link
 * ImageReadException}.
 *
 * <pre>{@code
 * try (ImageReader image = ImageReader.open(ImageSource.parse(value, baseDir, "-Dentrypoint.image"), access, log)) {
 *   ImageLaunch launch = image.config().launch();
 *   Optional<ImageFile> program = image.files().resolve("/usr/local/bin/start.sh");
 * }
 * }</pre>
 */
public final class ImageReader implements Closeable {

  private final ImageSource source;
  private final StoredImage image;
  private ImageConfig config;
  private ImageFiles files;
  private boolean closed;

  private ImageReader(ImageSource source, StoredImage image) {
    this.source = source;
    this.image = image;
  }

  /** A reader of the image at {@code source}; nothing is read until asked for. */
  public static ImageReader open(ImageSource source, ImageAccess access, BuildLog log) {
    return open(source, access, log, new ProcessCommandRunner());
  }

  /**
   * As {@link #open(ImageSource, ImageAccess, BuildLog)}, running engine commands with {@code
   * runner}.
   */
  static ImageReader open(
      ImageSource source, ImageAccess access, BuildLog log, CommandRunner runner) {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(log, "log");
    StoredImage image =
        switch (source.kind()) {
          case TAR -> new TarballImage(source);
          case DOCKER -> new DaemonImage(source, EngineKind.DOCKER, access, log, runner);
          case PODMAN -> new DaemonImage(source, EngineKind.PODMAN, access, log, runner);
          case REGISTRY -> new RemoteImage(source, access, log);
        };
    return new ImageReader(source, image);
  }

  /**
   * The image's config. From Docker's {@code inspect} (when the files were not read first) it holds
   * the run configuration only: {@link ImageConfig#diffIds()} is then empty.
   */
  public synchronized ImageConfig config() throws ImageReadException {
    if (config == null) {
      requireOpen();
      config = image.config();
    }
    return config;
  }

  /** The image's files as a container sees them. */
  public synchronized ImageFiles files() throws ImageReadException {
    if (files == null) {
      requireOpen();
      files = image.files();
    }
    return files;
  }

  /**
   * Writes the image to {@code tarball} in {@code docker save} format, tagged {@code name}, to load
   * it into another engine: an engine's image as that engine saves it, a registry image as the
   * registry holds it (read with the access's credentials and insecure-registry setting).
   *
   * @throws IllegalStateException for an image tarball, which engines load as it is
   */
  public synchronized void saveTo(Path tarball, String name) throws ImageReadException {
    requireOpen();
    if (!(image instanceof TransferableImage transferable)) {
      throw new IllegalStateException(source + " is a tarball already");
    }
    transferable.saveTo(tarball, name);
  }

  /** Deletes every temporary file made to read the image; what was read stays usable. */
  @Override
  public synchronized void close() {
    closed = true;
    image.close();
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException(this + " is closed");
    }
  }

  @Override
  public String toString() {
    return "reader of " + source;
  }
}
