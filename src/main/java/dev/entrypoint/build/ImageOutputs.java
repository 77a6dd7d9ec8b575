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
 * tar target, loadable by Docker and Podman), {@code image.digest}, {@code image.id},
 * {@code image.json} (the image config) and {@code image.inputs} (the {@link BuildFingerprint} they
 * were built from). A failed build leaves the previous outputs untouched.
 */
final class ImageOutputs {

  static final String TARBALL = "image.tar";
  static final String DIGEST = "image.digest";
  static final String ID = "image.id";
  static final String CONFIG = "image.json";
  static final String INPUTS = "image.inputs";

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

  /**
   * The last build's image, when it was built from inputs with this {@code fingerprint} and is still
   * there: its tarball for a tar target, or an image of the same id under every name in the Docker
   * daemon for a docker target.
   */
  Optional<BuiltImage> reuse(String fingerprint, DaemonImages daemon) throws IOException, InterruptedException {
    Path inputs = outputDir.resolve(INPUTS);
    Path digestFile = outputDir.resolve(DIGEST);
    Path idFile = outputDir.resolve(ID);
    if (!Files.isRegularFile(inputs) || !Files.readString(inputs).strip().equals(fingerprint)
        || !Files.isRegularFile(digestFile) || !Files.isRegularFile(idFile)) {
      return Optional.empty();
    }
    String digest = Files.readString(digestFile).strip();
    String imageId = Files.readString(idFile).strip();
    switch (target.kind()) {
      case TAR -> {
        Path tar = outputDir.resolve(TARBALL);
        Path configFile = outputDir.resolve(CONFIG);
        if (!Files.isRegularFile(tar) || !Files.isRegularFile(configFile)) {
          return Optional.empty();
        }
        ImageConfig config = ImageConfig.parse(Files.readAllBytes(configFile));
        return Optional.of(new BuiltImage(target.allNames(), digest, imageId, config.launch(), target,
            Optional.of(tar), Files.size(tar), config.diffIds().size(), true));
      }
      case DOCKER -> {
        for (String name : target.allNames()) {
          if (!daemon.hasImage(name, imageId)) {
            return Optional.empty();
          }
        }
        return Optional.of(new BuiltImage(target.allNames(), digest, imageId, null, target,
            Optional.empty(), -1, -1, true));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** Puts the finished image in place and describes it; {@code fingerprint} may be empty. */
  BuiltImage finish(JibContainer result, ImageLaunch predictedLaunch, Optional<String> fingerprint)
      throws IOException {
    Path inputs = outputDir.resolve(INPUTS);
    Files.deleteIfExists(inputs);
    String digest = result.getDigest().toString();
    String imageId = result.getImageId().toString();
    Optional<Path> tarball = Optional.empty();
    ImageLaunch launch = predictedLaunch;
    long size = -1;
    int layers = -1;
    Path configFile = outputDir.resolve(CONFIG);
    if (target.kind() == ImageTarget.Kind.TAR) {
      Path tar = outputDir.resolve(TARBALL);
      placeTarball(tar);
      try (ImageArchive archive = ImageArchive.open(tar)) {
        AtomicFile.write(configFile, archive.configBytes());
        launch = archive.config().launch();
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
    if (fingerprint.isPresent()) {
      AtomicFile.write(inputs, fingerprint.get() + "\n");
    }
    return new BuiltImage(target.allNames(), digest, imageId, launch, target, tarball, size, layers, false);
  }

  private void placeTarball(Path tar) throws IOException {
    try {
      if (format == ImageFormat.OCI) {
        LoadableArchive.addDockerManifest(jibTarball, target.allNames());
      }
      AtomicFile.replace(jibTarball, tar);
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
