package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageConfig;
import dev.entrypoint.launch.ImageLaunch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a build leaves in its output directory, written atomically: {@code image.tar} (for a
 * tar target, loadable by Docker and Podman), {@code image.digest}, {@code image.id} and
 * {@code image.json} (the image config). A failed build leaves the previous outputs untouched.
 */
final class ImageOutputs {

  static final String TARBALL = "image.tar";
  static final String DIGEST = "image.digest";
  static final String ID = "image.id";
  static final String CONFIG = "image.json";

  private final Path outputDir;
  private final ImageTarget target;
  private final ImageFormat format;
  private Path jibTarball;

  ImageOutputs(Path outputDir, ImageTarget target, ImageFormat format) {
    this.outputDir = outputDir;
    this.target = target;
    this.format = format;
  }

  /** A temporary file for Jib to write the tarball to, beside the final one. */
  Path jibTarball() throws IOException {
    if (jibTarball == null) {
      jibTarball = AtomicFile.temporarySibling(outputDir.resolve(TARBALL));
    }
    return jibTarball;
  }

  /** Puts the finished image in place and describes it. */
  BuiltImage finish(JibContainer result, ImageLaunch predictedLaunch) throws IOException {
    String digest = result.getDigest().toString();
    String imageId = result.getImageId().toString();
    Optional<Path> tarball = Optional.empty();
    Optional<ImageConfig> config = Optional.empty();
    ImageLaunch launch = predictedLaunch;
    long size = -1;
    int layers = -1;
    Path configFile = outputDir.resolve(CONFIG);
    if (target.kind() == ImageTarget.Kind.TAR) {
      Path tar = outputDir.resolve(TARBALL);
      placeTarball(tar);
      try (ImageArchive archive = ImageArchive.open(tar)) {
        AtomicFile.write(configFile, archive.configBytes());
        config = Optional.of(archive.config());
        launch = config.get().launch();
        layers = archive.layerCount();
      }
      tarball = Optional.of(tar);
      size = Files.size(tar);
    } else {
      // Outputs of an earlier tar build would no longer describe the image: remove them.
      Files.deleteIfExists(outputDir.resolve(TARBALL));
      Files.deleteIfExists(configFile);
    }
    AtomicFile.write(outputDir.resolve(DIGEST), digest + "\n");
    AtomicFile.write(outputDir.resolve(ID), imageId + "\n");
    return new BuiltImage(target.allNames(), digest, imageId, launch, target, tarball, size, layers, config, false);
  }

  private void placeTarball(Path tar) throws IOException {
    try {
      if (format == ImageFormat.OCI) {
        Path loadable = AtomicFile.temporarySibling(tar);
        try {
          LoadableArchive.write(jibTarball, loadable, target.allNames());
          AtomicFile.replace(loadable, tar);
        } finally {
          Files.deleteIfExists(loadable);
        }
      } else {
        AtomicFile.replace(jibTarball, tar);
      }
    } finally {
      discard();
    }
  }

  /** Removes the temporary tarball, after a failure or once it has been placed. */
  void discard() throws IOException {
    if (jibTarball != null) {
      Files.deleteIfExists(jibTarball);
    }
  }
}
