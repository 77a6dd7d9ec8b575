package dev.entrypoint.image;

import dev.entrypoint.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project's last build put its image, so that {@code check}, {@code verify} and {@code
 * explain} look at that image whatever the target, also in a later Maven run: {@code build} writes
 * {@code image.source} in its output directory — the tarball ({@code tar://PATH}), the Docker
 * daemon's image ({@code docker://NAME}), or the pushed image pinned by its digest ({@code
 * registry://REPOSITORY@sha256:...}).
 */
public final class LastBuild {

  /** The file in the output directory. */
  public static final String FILE = "image.source";

  private static final String TARBALL = "image.tar";

  private LastBuild() {}

  /** Records that the last build put its image at {@code image}. */
  public static void record(Path outputDir, ImageSource image) throws IOException {
    String text =
        image.kind() == ImageSource.Kind.REGISTRY ? "registry://" + image : image.toString();
    AtomicFile.write(outputDir.resolve(FILE), text + "\n");
  }

  /**
   * The image of the last build in {@code outputDir}: the one {@code image.source} names, or an
   * {@code image.tar} left by a build of an older version; empty when there is neither.
   */
  public static Optional<ImageSource> read(Path outputDir) throws IOException {
    try {
      String text = Files.readString(outputDir.resolve(FILE)).strip();
      return Optional.of(ImageSource.parse(text, outputDir, outputDir.resolve(FILE).toString()));
    } catch (NoSuchFileException none) {
      Path tarball = outputDir.resolve(TARBALL);
      return Files.isRegularFile(tarball)
          ? Optional.of(ImageSource.tar(tarball))
          : Optional.empty();
    }
  }

  /** Forgets the last build's image, when a build starts to replace it. */
  public static void forget(Path outputDir) throws IOException {
    Files.deleteIfExists(outputDir.resolve(FILE));
  }
}
