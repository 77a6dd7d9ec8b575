package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import dev.entrypoint.AtomicFile;
import dev.entrypoint.TemporaryPaths;
import dev.entrypoint.image.ImageArchive;
import dev.entrypoint.image.ImageSource;
import dev.entrypoint.image.LastBuild;
import dev.entrypoint.launch.ImageLaunch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The files a build leaves in its output directory, written atomically: {@code image.tar} (for a
 * tar target, loadable by Docker and Podman), {@code image.digest}, {@code image.id}, {@code
 * image.json} (the image config) and {@code image.inputs} (the {@link BuildFingerprint} they were
 * built from, with the layer count and launch an up-to-date build reports). A failed build leaves
 * the previous outputs untouched.
 *
 * <p>{@code image.inputs} is a properties file, so an up-to-date build reads it without a JSON
 * mapper: loading one to read {@code image.json} back took longer than the rest of such a build.
 */
final class ImageOutputs {

  static final String TARBALL = "image.tar";
  static final String DIGEST = "image.digest";
  static final String ID = "image.id";
  static final String CONFIG = "image.json";
  static final String INPUTS = "image.inputs";

  private static final String FINGERPRINT = "fingerprint";
  private static final String LAYERS = "layers";
  private static final String ENTRYPOINT = "entrypoint";
  private static final String CMD = "cmd";

  /**
   * The word count of an ENTRYPOINT or CMD that is not set, as opposed to one set to {@code []}.
   */
  private static final String UNSET = "unset";

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
   * The last build's image, when it was built from inputs with this {@code fingerprint} and is
   * still there: its tarball for a tar target, or an image of the same id under every name in the
   * Docker daemon for a docker target.
   */
  Optional<BuiltImage> reuse(String fingerprint, DaemonImages daemon)
      throws IOException, InterruptedException {
    Properties record = record();
    Path digestFile = outputDir.resolve(DIGEST);
    Path idFile = outputDir.resolve(ID);
    if (!fingerprint.equals(record.getProperty(FINGERPRINT))
        || !Files.isRegularFile(digestFile)
        || !Files.isRegularFile(idFile)) {
      return Optional.empty();
    }
    String digest = Files.readString(digestFile).strip();
    String imageId = Files.readString(idFile).strip();
    ImageLaunch launch = launch(record);
    switch (target.kind()) {
      case TAR -> {
        Path tar = outputDir.resolve(TARBALL);
        if (!Files.isRegularFile(tar) || !Files.isRegularFile(outputDir.resolve(CONFIG))) {
          return Optional.empty();
        }
        LastBuild.record(outputDir, location(digest));
        return Optional.of(
            new BuiltImage(
                target.allNames(),
                digest,
                imageId,
                launch,
                target,
                Optional.of(tar),
                Files.size(tar),
                Integer.parseInt(record.getProperty(LAYERS, "-1")),
                true));
      }
      case DOCKER -> {
        for (String name : target.allNames()) {
          if (!daemon.hasImage(name, imageId)) {
            return Optional.empty();
          }
        }
        LastBuild.record(outputDir, location(digest));
        return Optional.of(
            new BuiltImage(
                target.allNames(),
                digest,
                imageId,
                launch,
                target,
                Optional.empty(),
                -1,
                -1,
                true));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Puts the finished image in place and describes it: its manifest (or index) {@code digest} and
   * config digest {@code imageId}; {@code fingerprint} may be empty. {@code loadable} says that the
   * tarball Jib wrote already has Docker's {@code manifest.json}.
   */
  BuiltImage finish(
      String digest,
      String imageId,
      ImageLaunch predictedLaunch,
      Optional<String> fingerprint,
      boolean loadable)
      throws IOException {
    Path inputs = outputDir.resolve(INPUTS);
    Files.deleteIfExists(inputs);
    LastBuild.forget(outputDir);
    Optional<Path> tarball = Optional.empty();
    ImageLaunch launch = predictedLaunch;
    long size = -1;
    int layers = -1;
    Path configFile = outputDir.resolve(CONFIG);
    if (target.kind() == ImageTarget.Kind.TAR) {
      Path tar = outputDir.resolve(TARBALL);
      placeTarball(tar, loadable);
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
    LastBuild.record(outputDir, location(digest));
    if (fingerprint.isPresent()) {
      writeRecord(fingerprint.get(), layers, launch);
    }
    return new BuiltImage(
        target.allNames(), digest, imageId, launch, target, tarball, size, layers, false);
  }

  /**
   * Where the image went: the tarball, the daemon's first name, or the pushed repository pinned by
   * {@code digest}.
   */
  private ImageSource location(String digest) {
    return switch (target.kind()) {
      case TAR -> ImageSource.tar(outputDir.resolve(TARBALL));
      case DOCKER -> ImageSource.docker(target.allNames().get(0));
      case REGISTRY ->
          ImageSource.registry(
              ImageReference.of(
                      target.image().getRegistry(), target.image().getRepository(), null, digest)
                  .toString());
    };
  }

  /** {@code image.inputs}: the fingerprint, the layer count, and the launch, word by word. */
  private void writeRecord(String fingerprint, int layers, ImageLaunch launch) throws IOException {
    Properties record = new Properties();
    record.setProperty(FINGERPRINT, fingerprint);
    record.setProperty(LAYERS, String.valueOf(layers));
    if (launch != null) {
      putWords(record, ENTRYPOINT, launch.entrypoint());
      putWords(record, CMD, launch.cmd());
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    record.store(
        text,
        "what entrypoint:build built this image from, and what an up-to-date build reports of it");
    AtomicFile.write(outputDir.resolve(INPUTS), text.toByteArray());
  }

  /**
   * The last build's record; empty when there is none, or it is of an older plugin (a bare
   * fingerprint line), or it is damaged: then the image is built again.
   */
  private Properties record() throws IOException {
    Properties record = new Properties();
    try (InputStream in = Files.newInputStream(outputDir.resolve(INPUTS))) {
      record.load(in);
    } catch (NoSuchFileException none) {
      return record;
    } catch (IllegalArgumentException damaged) {
      return new Properties();
    }
    return isWhole(record) ? record : new Properties();
  }

  /** Whether every count in {@code record} is a number, or for the launch, {@link #UNSET}. */
  private static boolean isWhole(Properties record) {
    for (String key : List.of(LAYERS, ENTRYPOINT, CMD)) {
      String count = record.getProperty(key, UNSET);
      if (!count.equals(UNSET) && !count.matches("-?\\d{1,9}")) {
        return false;
      }
    }
    return true;
  }

  /** The recorded launch, or {@code null} when the build did not know it. */
  private static ImageLaunch launch(Properties record) {
    if (!record.containsKey(ENTRYPOINT)) {
      return null;
    }
    return ImageLaunch.of(words(record, ENTRYPOINT), words(record, CMD));
  }

  /**
   * {@code key} holds the word count, or {@link #UNSET}; {@code key.1}, {@code key.2}... the words.
   */
  private static void putWords(Properties record, String key, List<String> words) {
    record.setProperty(key, words == null ? UNSET : String.valueOf(words.size()));
    if (words != null) {
      for (int i = 0; i < words.size(); i++) {
        record.setProperty(key + "." + (i + 1), words.get(i));
      }
    }
  }

  private static List<String> words(Properties record, String key) {
    String count = record.getProperty(key, UNSET);
    if (count.equals(UNSET)) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = 1; i <= Integer.parseInt(count); i++) {
      words.add(record.getProperty(key + "." + i, ""));
    }
    return words;
  }

  private void placeTarball(Path tar, boolean loadable) throws IOException {
    try {
      if (format == ImageFormat.OCI && !loadable) {
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
      TemporaryPaths.delete(jibTarball);
    }
  }
}
